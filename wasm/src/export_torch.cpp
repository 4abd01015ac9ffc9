#include "nn/export_torch.h"

#include <cstring>
#include <limits>
#include "nn/json.h"

#include "export_torch_script.h"
#include "nn/ranges.h"
#include "nn/spec.h"
#include "nn/trainer.h"

namespace nn {

namespace {

// Float32 values as little-endian bytes in base64: exact, and a quarter of decimal text.
std::string base64_floats(const Scalar* data, std::size_t n) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes(n * sizeof(float), '\0');
  for (std::size_t i = 0; i < n; ++i) {
    const float f = float(data[i]);
    uint32_t u;
    std::memcpy(&u, &f, 4);
    for (int k = 0; k < 4; ++k) bytes[4 * i + std::size_t(k)] = char((u >> (8 * k)) & 0xFF);
  }
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t v = uint32_t(uint8_t(bytes[i])) << 16;
    if (i + 1 < bytes.size()) v |= uint32_t(uint8_t(bytes[i + 1])) << 8;
    if (i + 2 < bytes.size()) v |= uint32_t(uint8_t(bytes[i + 2]));
    out += digits[(v >> 18) & 63];
    out += digits[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? digits[(v >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? digits[v & 63] : '=';
  }
  return out;
}

std::string base64_matrix(const Matrix& m, Index first_col, Index cols) {
  // Column-major features × examples: the columns are the examples, so their bytes in order
  // are the rows of the script's examples × features tensor.
  return base64_floats(m.data() + first_col * m.rows(), std::size_t(cols * m.rows()));
}

void fill(std::string& text, const std::string& field, const std::string& value) {
  const std::string key = "@@" + field + "@@";
  for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
}

void refuse_what_differs(Trainer& trainer) {
  if (trainer.batch_prepared() || trainer.batch_position() != 0)
    throw ExportError("the trainer is in the middle of an epoch (step by step); finish the epoch, then export");
  if (trainer.status() != Status::Ok)
    throw ExportError(std::string("training has ended (") + status_name(trainer.status()) +
                      "); reset it or export before it ends");
  const Matrix& x = trainer.eval_inputs();
  const long long numbers = (long long)(x.size() + trainer.eval_targets().size());
  if (numbers > kMaxExportedNumbers)
    throw ExportError("data: " + std::to_string(numbers) + " input and target values are too many to embed in a script (at most " +
                      std::to_string(kMaxExportedNumbers) + ")");
}

}  // namespace

std::string export_torch(Trainer& trainer, long long epochs, const std::string& version) {
  const Range& r = range("export.epochs");
  if (epochs < r.min || epochs > r.max)
    throw ExportError("epochs: must be from " + format_number(r.min, true) + " to " + format_number(r.max, true));
  refuse_what_differs(trainer);
  // The script knows a training and a test set; a validation set would be counted as test.
  if (trainer.validation_set().size() > 0)
    throw ExportError("data.validationRatio: a run with a validation set cannot be exported yet (the script has no validation set)");
  const ExperimentSpec& spec = trainer.spec();
  const Architecture& arch = trainer.architecture();

  nn::Json layers = nn::Json::array();
  for (std::size_t i = 0; i < arch.hidden.size(); ++i)
    layers.push_back({{"width", arch.hidden[i]},
                      {"activation", activation_name(arch.activations[i])},
                      {"dropout", arch.dropout.empty() ? 0.0 : arch.dropout[i]}});
  layers.push_back({{"width", arch.outputs}});

  Optimizer<Scalar>& opt = trainer.optimizer();
  opt.prepare(std::size_t(trainer.params().size()));
  nn::Json opt_state = nn::Json::object();
  for (auto& [name, buffer] : opt.named_state()) opt_state[name] = base64_floats(buffer->data(), buffer->size());

  const Rng::State rng = trainer.rng().save();
  const Index n_train = trainer.train_inputs().cols();
  const Index n_test = trainer.eval_inputs().cols() - n_train;
  const Matrix& x = trainer.eval_inputs();
  const Matrix& y = trainer.eval_targets();

  std::string s = detail::kTorchScriptTemplate;
  fill(s, "TITLE", "Descent experiment, seed " + std::to_string(spec.seed) + ", exported after epoch " +
                       std::to_string(trainer.metrics().epoch));
  fill(s, "VERSION", version);
  fill(s, "SPEC", spec_to_json(spec));
  fill(s, "LAYERS", layers.dump());
  fill(s, "OUTPUT", link_name(trainer.loss().link()));
  fill(s, "LOSS", loss_name(trainer.loss().kind()));
  fill(s, "BATCH_NORM", arch.batch_norm ? "True" : "False");
  fill(s, "FIRST_EPOCH", std::to_string(trainer.metrics().epoch));
  fill(s, "EPOCHS", std::to_string(epochs));
  fill(s, "RNG_STATE", std::to_string(rng.state));
  fill(s, "RNG_INC", std::to_string(rng.inc));
  fill(s, "OPTIMIZER_T", std::to_string(opt.t()));
  fill(s, "N_TRAIN", std::to_string(n_train));
  fill(s, "N_TEST", std::to_string(n_test));
  fill(s, "INPUTS", std::to_string(x.rows()));
  fill(s, "OUTPUTS", std::to_string(y.rows()));
  fill(s, "OPTIMIZER_STATE", opt_state.dump());
  // The big ones last, so that no later field is searched for inside them.
  fill(s, "STATE", base64_floats(trainer.state().data(), std::size_t(trainer.state().size())));
  fill(s, "PARAMS", base64_floats(trainer.params().data(), std::size_t(trainer.params().size())));
  fill(s, "Y_TEST", base64_matrix(y, n_train, n_test));
  fill(s, "X_TEST", base64_matrix(x, n_train, n_test));
  fill(s, "Y_TRAIN", base64_matrix(y, 0, n_train));
  fill(s, "X_TRAIN", base64_matrix(x, 0, n_train));
  return s;
}

}  // namespace nn
