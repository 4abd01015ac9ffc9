// What every handle of the bindings shares: C++ exceptions become JS Errors with the core's
// message, and arrays cross as typed-array views into the WASM heap (zero copy; a view is
// only valid until the next call that may allocate, so JS takes fresh views after every call).
#pragma once
#include <emscripten/val.h>

#include <exception>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

namespace bindings {

[[noreturn]] void throw_js_error(const std::string& message);

// Calls call(context); a C++ exception becomes a JS Error (guarded.cpp). The one try/catch of
// the bindings: each guarded() below only adds a small thunk that calls its lambda.
void run_guarded(void (*call)(void*), void* context);

// Runs fn; a C++ exception becomes a JS Error. The message is copied out of the catch block
// first, so the exception object is destroyed before control leaves through JS.
template <class Fn>
auto guarded(Fn&& fn) -> decltype(fn()) {
  using R = decltype(fn());
  using F = std::remove_reference_t<Fn>;
  if constexpr (std::is_void_v<R>) {
    run_guarded([](void* f) { (*static_cast<F*>(f))(); }, &fn);
  } else {
    struct Call {
      F* fn;
      alignas(R) unsigned char result[sizeof(R)];
    } call{&fn, {}};
    run_guarded([](void* p) {
      Call* c = static_cast<Call*>(p);
      ::new (static_cast<void*>(c->result)) R((*c->fn)());
    }, &call);
    R* r = std::launder(reinterpret_cast<R*>(call.result));
    R out(std::move(*r));
    r->~R();
    return out;
  }
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
