// Run records for the pages (docs/run-records.md): reading one a student opens. Saving is the
// Trainer handle's runRecord(), which sees every epoch. Included by embind.cpp after guarded.h.
#pragma once
#include "nn/json.h"
#include <string>

#include "guarded.h"
#include "nn/metrics_json.h"
#include "nn/run_record.h"
#include "nn/spec.h"

namespace run_record_bindings {

// The record's parts as JSON text, checked by the core: {"spec": canonical spec, "history":
// [metrics per epoch], "code", "platform", "epochs"} (the model stays in the record; the
// Trainer's loadRunRecord reads it). Throws an Error naming what is wrong.
inline std::string read_run_record(const std::string& text) {
  return bindings::guarded([&] {
    const nn::RunRecordContents c = nn::read_run_record(text);
    nn::Json history = nn::Json::array();
    for (const nn::Metrics& m : c.history) history.push_back(nn::metrics_json(m));
    nn::Json out = {{"spec", nn::Json::parse(nn::spec_to_json(c.spec))},
                          {"history", history},
                          {"code", c.code},
                          {"platform", c.platform},
                          {"epochs", c.history.size()}};
    return out.dump();
  });
}

}  // namespace run_record_bindings
