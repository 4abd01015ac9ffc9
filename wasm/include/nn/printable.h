// The one way a message shows text it did not write (a spec's value, a CSV cell, a file name,
// a command-line word, a whole error message on its way to a terminal): control characters
// escaped, so input cannot move the terminal's cursor or colour its output, and cut after a
// number of characters, so it cannot flood it.
#pragma once
#include <cstddef>
#include <string>

namespace nn {

struct Printable {
  std::string text;  // the escaped text, at most max_chars characters of the input
  bool cut = false;  // true if the input went on past them
};

// Escapes C0 controls and DEL as \xHH and C1 controls (U+0080…U+009F) as \u00HH; with
// `named`, also \\, \n, \t and \r (for text that is quoted in a message and may hold
// backslashes of its own). Counts UTF-8 characters, never cuts one in half.
Printable printable(const std::string& s, std::size_t max_chars, bool named = false);

// A value as messages quote it: in single quotes, escaped, cut after 40 characters with "…".
std::string quoted(const std::string& s);

}  // namespace nn
