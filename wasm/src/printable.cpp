#include "nn/printable.h"

#include <cstdio>

namespace nn {

Printable printable(const std::string& s, std::size_t max_chars, bool named) {
  Printable r;
  std::size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {  // a character starts here (continuation bytes follow their lead)
      if (chars == max_chars) break;
      ++chars;
    }
    const unsigned char next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    char hex[8];
    if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {  // C1 controls, two bytes in UTF-8
      std::snprintf(hex, sizeof hex, "\\u%04X", next);
      r.text += hex;
      ++i;
    } else if (named && c == '\\') r.text += "\\\\";
    else if (named && c == '\n') r.text += "\\n";
    else if (named && c == '\t') r.text += "\\t";
    else if (named && c == '\r') r.text += "\\r";
    else if (c < 0x20 || c == 0x7F) {
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      r.text += hex;
    } else r.text += char(c);
  }
  r.cut = i < s.size();
  return r;
}

std::string quoted(const std::string& s) {
  const Printable p = printable(s, 40);
  return "'" + p.text + (p.cut ? "…'" : "'");
}

}  // namespace nn
