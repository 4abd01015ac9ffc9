// Json::parse: a recursive-descent reader of strict JSON (RFC 8259). Numbers are read as
// nlohmann::json read them, so the tree is the same: an integer without fraction or exponent
// is unsigned if non-negative, signed if negative, and a double only if it overflows 64 bits.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "nn/json.h"

namespace nn {

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : m_text(text) {
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;  // a byte-order mark, as editors write
  }

  Json document() {
    Json v = value(0);
    skip_space();
    if (m_pos < m_text.size()) fail("unexpected " + shown_here() + " after the value");
    return v;
  }

 private:
  using Kind = JsonParseError::Kind;

  [[noreturn]] void fail(const std::string& problem, Kind kind = Kind::Syntax, std::string text = "") const {
    // Line and column (1-based, in bytes) of the character at m_pos.
    std::size_t line = 1, start = 0;
    for (std::size_t i = 0; i < m_pos && i < m_text.size(); ++i)
      if (m_text[i] == '\n') ++line, start = i + 1;
    throw JsonParseError(kind, line, m_pos - start + 1, problem, m_path, std::move(text));
  }

  // The character at m_pos as a message shows it.
  std::string shown_here() const {
    if (m_pos >= m_text.size()) return "end of text";
    const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
    char buf[24];
    if (c >= 0x20 && c < 0x7F) std::snprintf(buf, sizeof buf, "'%c'", c);
    else std::snprintf(buf, sizeof buf, "byte 0x%02X", c);
    return buf;
  }

  void skip_space() {
    while (m_pos < m_text.size()) {
      const char c = m_text[m_pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++m_pos;
    }
  }

  bool take(char c) {
    if (m_pos < m_text.size() && m_text[m_pos] == c) return ++m_pos, true;
    return false;
  }

  Json value(int depth) {
    skip_space();
    if (m_pos >= m_text.size()) fail("unexpected end of text, expected a value");
    const char c = m_text[m_pos];
    if (c == '{' || c == '[') {
      if (depth >= Json::kMaxDepth)
        fail("arrays and objects nested deeper than " + std::to_string(Json::kMaxDepth) + " levels");
      return c == '{' ? object(depth + 1) : array(depth + 1);
    }
    if (c == '"') return Json(string());
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    if (literal("true")) return Json(true);
    if (literal("false")) return Json(false);
    if (literal("null")) return Json();
    // A word (NaN, True, nul): show it whole; JSON's only words are true, false and null.
    std::size_t end = m_pos;
    while (end < m_text.size() && end - m_pos < 20 && std::isalnum(static_cast<unsigned char>(m_text[end]))) ++end;
    if (end > m_pos) fail("expected a value, got '" + std::string(m_text.substr(m_pos, end - m_pos)) + "'");
    fail("expected a value, got " + shown_here());
  }

  bool literal(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) != word) return false;
    m_pos += word.size();
    return true;
  }

  Json object(int depth) {
    ++m_pos;  // '{'
    Json o = Json::object();
    skip_space();
    if (take('}')) return o;
    m_path.push_back({true, "", 0});
    for (;;) {
      skip_space();
      if (m_pos >= m_text.size() || m_text[m_pos] != '"') fail("expected a key in quotes, got " + shown_here());
      const std::size_t key_pos = m_pos;
      std::string key = string();
      m_path.back().key = key;
      if (o.contains(key)) {
        m_pos = key_pos;
        fail("the key appears twice in one object", Kind::DuplicateKey, key);
      }
      skip_space();
      if (!take(':')) fail("expected ':' after the key, got " + shown_here());
      o[key] = value(depth);
      skip_space();
      if (take('}')) break;
      if (!take(',')) fail("expected ',' or '}' after a member, got " + shown_here());
    }
    m_path.pop_back();
    return o;
  }

  Json array(int depth) {
    ++m_pos;  // '['
    Json a = Json::array();
    skip_space();
    if (take(']')) return a;
    m_path.push_back({false, "", 0});
    for (;;) {
      a.push_back(value(depth));
      skip_space();
      if (take(']')) break;
      if (!take(',')) fail("expected ',' or ']' after an element, got " + shown_here());
      ++m_path.back().index;
    }
    m_path.pop_back();
    return a;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  Json number() {
    const std::size_t start = m_pos;
    auto digits = [&] {
      const std::size_t from = m_pos;
      while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') ++m_pos;
      return m_pos > from;
    };
    const bool negative = take('-');
    const std::size_t int_start = m_pos;
    if (!digits()) fail("expected a digit in the number, got " + shown_here());
    if (m_text[int_start] == '0' && m_pos - int_start > 1) {
      m_pos = int_start;
      fail("a number must not start with 0 unless it is 0 (\"007\")");
    }
    bool integer = true;
    if (take('.')) {
      integer = false;
      if (!digits()) fail("expected a digit after the decimal point, got " + shown_here());
    }
    if (take('e') || take('E')) {
      integer = false;
      if (!take('+')) take('-');
      if (!digits()) fail("expected a digit in the exponent, got " + shown_here());
    }
    const std::string_view token = m_text.substr(start, m_pos - start);
    if (integer) {
      // Accumulate the magnitude; one that does not fit falls through to a double.
      std::uint64_t magnitude = 0;
      bool fits = true;
      for (std::size_t i = int_start; i < m_pos && fits; ++i) {
        const unsigned d = unsigned(m_text[i] - '0');
        if (magnitude > (UINT64_MAX - d) / 10) fits = false;
        else magnitude = magnitude * 10 + d;
      }
      if (fits && !negative) return Json(magnitude);
      if (fits && magnitude <= std::uint64_t(INT64_MAX) + 1)
        return Json(std::int64_t(magnitude == std::uint64_t(INT64_MAX) + 1 ? INT64_MIN : -std::int64_t(magnitude)));
    }
    // strtod needs a terminated copy; a weight's 20 characters fit on the stack (no allocation
    // per number in a model file's thousands).
    char small[64];
    std::string large;
    const char* terminated = small;
    if (token.size() < sizeof small) {
      token.copy(small, token.size());
      small[token.size()] = '\0';
    } else {
      large = std::string(token);
      terminated = large.c_str();
    }
    const double x = std::strtod(terminated, nullptr);
    if (!std::isfinite(x)) {
      m_pos = start;
      fail("the number " + std::string(token) + " is beyond the range of a double", Kind::NumberRange, std::string(token));
    }
    return Json(x);
  }

  unsigned hex4() {
    unsigned v = 0;
    for (int i = 0; i < 4; ++i, ++m_pos) {
      if (m_pos >= m_text.size()) fail("unexpected end of text in a \\u escape");
      const char c = m_text[m_pos];
      const unsigned d = c >= '0' && c <= '9'   ? unsigned(c - '0')
                         : c >= 'a' && c <= 'f' ? unsigned(c - 'a' + 10)
                         : c >= 'A' && c <= 'F' ? unsigned(c - 'A' + 10)
                                                : 16u;
      if (d == 16) fail("expected four hexadecimal digits after \\u, got " + shown_here());
      v = v * 16 + d;
    }
    return v;
  }

  static void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }

  // Length of the well-formed UTF-8 sequence at m_pos (Unicode table 3-7), 0 if there is none.
  std::size_t utf8_length() const {
    auto byte = [&](std::size_t i) { return m_pos + i < m_text.size() ? (unsigned char)m_text[m_pos + i] : 0u; };
    auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
    const unsigned b0 = byte(0), b1 = byte(1);
    if (in(b0, 0xC2, 0xDF)) return in(b1, 0x80, 0xBF) ? 2 : 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (b0 == 0xE0) lo = 0xA0;
    else if (b0 == 0xED) hi = 0x9F;
    else if (b0 == 0xF0) lo = 0x90;
    else if (b0 == 0xF4) hi = 0x8F;
    if (in(b0, 0xE0, 0xEF)) return in(b1, lo, hi) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    if (in(b0, 0xF0, 0xF4)) return in(b1, lo, hi) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    return 0;
  }

  std::string string() {
    ++m_pos;  // '"'
    std::string out;
    for (;;) {
      if (m_pos >= m_text.size()) fail("unexpected end of text in a string");
      const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
      if (c == '"') {
        ++m_pos;
        return out;
      }
      if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%04X", c);
        fail(std::string("control character U+") + buf + " in a string (write it as an escape)");
      }
      if (c >= 0x80) {
        const std::size_t n = utf8_length();
        if (n == 0) fail("invalid UTF-8 in a string: " + shown_here());
        out.append(m_text.substr(m_pos, n));
        m_pos += n;
        continue;
      }
      ++m_pos;
      if (c != '\\') {
        out += char(c);
        continue;
      }
      if (m_pos >= m_text.size()) fail("unexpected end of text in a string");
      const char e = m_text[m_pos++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xDC00 && cp <= 0xDFFF) {
            m_pos -= 6;
            fail("a \\u escape of a low surrogate must follow a high one");
          }
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (!literal("\\u")) fail("a \\u escape of a high surrogate must be followed by a low one");
            const unsigned low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) {
              m_pos -= 6;
              fail("a \\u escape of a high surrogate must be followed by a low one");
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default:
          --m_pos;
          fail("invalid escape in a string: a backslash followed by " + shown_here());
      }
    }
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::vector<JsonParseError::Step> m_path;
};

Json Json::parse(std::string_view text) { return JsonParser(text).document(); }

}  // namespace nn
