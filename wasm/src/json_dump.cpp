// Json::dump: the text nlohmann::json's dump() wrote for the same tree, byte for byte (the
// core's files, catalogs and records must not change with the JSON type). Numbers:
// json_double.cpp.
#include <cstdio>

#include "json_member.h"

namespace nn {

class JsonWriter {
 public:
  JsonWriter(int indent, bool ensure_ascii, Json::Utf8 invalid)
      : m_indent(indent), m_ascii(ensure_ascii), m_replace(invalid == Json::Utf8::Replace) {}

  void value(const Json& v, int depth) {
    switch (v.m_type) {
      case Json::Type::Null: out += "null"; break;
      case Json::Type::Boolean: out += v.m_v.b ? "true" : "false"; break;
      case Json::Type::Integer: integer(v.m_v.i < 0, v.m_v.i < 0 ? 0 - std::uint64_t(v.m_v.i) : std::uint64_t(v.m_v.i)); break;
      case Json::Type::Unsigned: integer(false, v.m_v.u); break;
      case Json::Type::Float:
        if (v.m_v.d - v.m_v.d == 0) append_json_double(out, v.m_v.d);
        else out += "null";  // JSON has no infinity or NaN
        break;
      case Json::Type::String: string(*v.m_v.s); break;
      case Json::Type::Array: {
        const Json::Array& a = *v.m_v.a;
        if (a.empty()) {
          out += "[]";
          break;
        }
        out += '[';
        for (std::size_t i = 0; i < a.size(); ++i) {
          if (i) out += ',';
          newline(depth + 1);
          value(a[i], depth + 1);
        }
        newline(depth);
        out += ']';
        break;
      }
      case Json::Type::Object: {
        const Json::Object& o = *v.m_v.o;
        if (o.empty()) {
          out += "{}";
          break;
        }
        out += '{';
        for (std::size_t i = 0; i < o.size(); ++i) {
          if (i) out += ',';
          newline(depth + 1);
          string(o[i].key);
          out += m_indent >= 0 ? ": " : ":";
          value(o[i].value, depth + 1);
        }
        newline(depth);
        out += '}';
        break;
      }
    }
  }

  std::string out;

 private:
  void newline(int depth) {
    if (m_indent < 0) return;
    out += '\n';
    out.append(std::size_t(depth) * std::size_t(m_indent), ' ');
  }

  void integer(bool negative, std::uint64_t magnitude) {
    char buf[24];
    char* p = buf + sizeof buf;
    do *--p = char('0' + magnitude % 10);
    while (magnitude /= 10);
    if (negative) *--p = '-';
    out.append(p, std::size_t(buf + sizeof buf - p));
  }

  void escape_u(unsigned unit) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\u%04x", unit);
    out += buf;
  }

  // One decoded code point: the short escapes, \u00xx for other control characters, and with
  // ensure_ascii \uxxxx (a surrogate pair above U+FFFF) for everything from U+007F up.
  void code_point(unsigned cp, std::string_view bytes) {
    switch (cp) {
      case '\b': out += "\\b"; return;
      case '\t': out += "\\t"; return;
      case '\n': out += "\\n"; return;
      case '\f': out += "\\f"; return;
      case '\r': out += "\\r"; return;
      case '"': out += "\\\""; return;
      case '\\': out += "\\\\"; return;
      default: break;
    }
    if (cp <= 0x1F || (m_ascii && cp >= 0x7F)) {
      if (cp <= 0xFFFF) {
        escape_u(cp);
      } else {
        escape_u(0xD7C0 + (cp >> 10));
        escape_u(0xDC00 + (cp & 0x3FF));
      }
    } else {
      out.append(bytes);
    }
  }

  void invalid_byte(const std::string& s, std::size_t i) {
    if (m_replace) {
      out += m_ascii ? "\\ufffd" : "\xEF\xBF\xBD";
      return;
    }
    char buf[80];
    if (i < s.size())
      std::snprintf(buf, sizeof buf, "invalid UTF-8 byte at index %zu: 0x%02X", i, unsigned((unsigned char)s[i]));
    else
      std::snprintf(buf, sizeof buf, "incomplete UTF-8 string; last byte: 0x%02X", unsigned((unsigned char)s.back()));
    throw JsonError(buf);
  }

  // Decodes UTF-8 as it goes. An invalid sequence is reported at the byte that makes it
  // invalid; with Utf8::Replace it becomes one U+FFFD and that byte is read again as the start
  // of the next character (unless it was the first byte), as nlohmann::json did.
  void string(const std::string& s) {
    out += '"';
    std::size_t i = 0;
    while (i < s.size()) {
      const unsigned b0 = (unsigned char)s[i];
      if (b0 < 0x80) {
        code_point(b0, std::string_view(&s[i], 1));
        ++i;
        continue;
      }
      std::size_t need;
      unsigned cp, lo = 0x80, hi = 0xBF;
      if (b0 >= 0xC2 && b0 <= 0xDF) need = 1, cp = b0 & 0x1F;
      else if (b0 >= 0xE0 && b0 <= 0xEF) need = 2, cp = b0 & 0x0F;
      else if (b0 >= 0xF0 && b0 <= 0xF4) need = 3, cp = b0 & 0x07;
      else {
        invalid_byte(s, i);
        ++i;
        continue;
      }
      if (b0 == 0xE0) lo = 0xA0;
      else if (b0 == 0xED) hi = 0x9F;
      else if (b0 == 0xF0) lo = 0x90;
      else if (b0 == 0xF4) hi = 0x8F;
      std::size_t k = 1;
      for (; k <= need; ++k) {
        if (i + k >= s.size()) break;
        const unsigned b = (unsigned char)s[i + k];
        if (b < lo || b > hi) break;
        cp = (cp << 6) | (b & 0x3F);
        lo = 0x80, hi = 0xBF;
      }
      if (k <= need) {
        // i + k is the offending byte (or the end): replace the partial sequence, then go on
        // from that byte, which may start a character of its own.
        invalid_byte(s, i + k);
        i += k;
        continue;
      }
      code_point(cp, std::string_view(&s[i], need + 1));
      i += need + 1;
    }
    out += '"';
  }

  int m_indent;
  bool m_ascii, m_replace;
};

std::string Json::dump(int indent, bool ensure_ascii, Utf8 invalid) const {
  JsonWriter w(indent, ensure_ascii, invalid);
  w.value(*this, 0);
  return std::move(w.out);
}

}  // namespace nn
