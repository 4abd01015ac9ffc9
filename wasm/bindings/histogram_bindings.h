// nn::Histogram as a plain JS object {lo, hi, counts: Int32Array (a copy), total, zeros, mean, sd}:
// small, so a copy is simpler than a view that the next allocation would detach.
#pragma once
#include <emscripten/val.h>

#include "nn/histogram.h"

namespace bindings {

inline emscripten::val histogram_to_js(const nn::Histogram& h) {
  emscripten::val counts = emscripten::val::global("Int32Array").new_(h.counts.size());
  for (std::size_t i = 0; i < h.counts.size(); ++i) counts.set(i, h.counts[i]);
  emscripten::val o = emscripten::val::object();
  o.set("lo", h.lo);
  o.set("hi", h.hi);
  o.set("counts", counts);
  o.set("total", double(h.total));
  o.set("zeros", double(h.zeros));
  o.set("mean", h.mean);
  o.set("sd", h.sd);
  return o;
}

}  // namespace bindings
