#include "guarded.h"

namespace bindings {

void throw_js_error(const std::string& message) {
  emscripten::val::global("Error").new_(emscripten::val(message)).throw_();
  __builtin_unreachable();
}

void run_guarded(void (*call)(void*), void* context) {
  std::string message;
  try {
    call(context);
    return;
  } catch (const std::exception& e) {
    message = e.what();
  } catch (...) {
    message = "unknown error in the WebAssembly core";
  }
  throw_js_error(message);
}

}  // namespace bindings
