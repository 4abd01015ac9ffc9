// What every handle of the bindings shares: C++ exceptions become JS Errors with the core's
// message, and arrays cross as typed-array views into the WASM heap (zero copy; a view is
// only valid until the next call that may allocate, so JS takes fresh views after every call).
#pragma once
#include <emscripten/val.h>

#include <exception>
#include <string>


namespace bindings {

[[noreturn]] inline void throw_js_error(const std::string& message) {
  emscripten::val::global("Error").new_(emscripten::val(message)).throw_();
  __builtin_unreachable();
}

// Runs fn; a C++ exception becomes a JS Error. The message is copied out of the catch block
// first, so the exception object is destroyed before control leaves through JS.
template <class Fn>
auto guarded(Fn&& fn) -> decltype(fn()) {
  std::string message;
  try {
    return fn();
  } catch (const std::exception& e) {
    message = e.what();
  } catch (...) {
    message = "unknown error in the WebAssembly core";
  }
  throw_js_error(message);
}

template <class T>
emscripten::val view(const T* data, std::size_t n) {
  return emscripten::val(emscripten::typed_memory_view(n, data));
}
// Any contiguous container: Eigen matrices, vectors and maps, std::vector.
template <class C>
auto view(const C& c) -> decltype(c.data(), c.size(), emscripten::val::undefined()) {
  return view(c.data(), std::size_t(c.size()));
}

}  // namespace bindings
