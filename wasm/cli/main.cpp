// Command-line runner: the page's math, scripted. Prints one JSON object per epoch and a final
// summary, so teachers can run and grade experiments with the same core the page uses.
//   descent-cli run SPEC.json [--load MODEL.json] [--save MODEL.json] [--epochs N] [--allow-outside-data]
//   descent-cli run SPEC.json --record RUN.json   also writes a run record (spec, history, model)
//   descent-cli verify RUN.json   trains the record's spec again and prints "verified" or the
//     first epoch that differs (exit status 4)
//   descent-cli export-torch SPEC.json [--load MODEL.json] [--epochs N] [--out SCRIPT.py]
//     writes the experiment as a PyTorch script (docs/export-torch.md; to standard output
//     unless --out is given) instead of training it.
// data.csvFile (and data.trainImages & co. for IDX data) in the spec is read relative to the
// spec's folder (".gz" files are unzipped) and handed to the core as bytes. A spec is often
// somebody else's (a student's hand-in), so its data files must stay inside the spec's folder:
// an absolute path or one that leaves the folder ("../", a symbolic link pointing out) is
// refused unless --allow-outside-data is given. --epochs overrides training.epochs. Messages
// are printed with control characters escaped and cut to a screenful. Exit status: 0 ok or
// stopped early, 1 error, 2 usage, 3 diverged.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include "nn/json.h"

#include "nn/export_torch.h"
#include "nn/metrics_json.h"
#include "nn/model_file.h"
#include "nn/printable.h"
#include "nn/ranges.h"
#include "nn/run_record.h"
#include "nn/spec.h"
#include "nn/trainer.h"
#include "text_file.h"

namespace {

// --epochs N: the spec's range of training.epochs (the core's range table).
const long long kMaxEpochs = static_cast<long long>(nn::range("training.epochs").max);

int usage(const std::string& problem = "") {
  if (!problem.empty()) std::cerr << "descent-cli: " << problem << "\n";
  std::cerr << "usage: descent-cli run SPEC.json [--load MODEL.json] [--save MODEL.json] [--epochs N] "
               "[--allow-outside-data]\n"
               "       descent-cli run SPEC.json --record RUN.json\n"
               "       descent-cli verify RUN.json\n"
               "       descent-cli export-torch SPEC.json [--load MODEL.json] [--epochs N] [--out SCRIPT.py]\n";
  return 2;
}

struct Args {
  std::string command, spec, load, save, out, record;
  long long epochs = -1;
  bool allow_outside_data = false;
};

// A whole number of epochs: decimal digits only (no sign, exponent, fraction, hex or
// trailing letters, which std::stoll would silently accept or truncate), at most kMaxEpochs.
bool parse_epochs(const std::string& text, long long& out) {
  if (text.empty() || text.size() > 9) return false;  // 10000000 has 8 digits
  for (char c : text)
    if (c < '0' || c > '9') return false;
  out = std::stoll(text);
  return out <= kMaxEpochs;
}

// Returns "" when the arguments are good, else what is wrong with them.
std::string parse_args(int argc, char** argv, Args& a) {
  if (argc < 2) return "";
  a.command = argv[1];
  if (a.command != "run" && a.command != "export-torch" && a.command != "verify")
    return "unknown command " + nn::quoted(a.command);
  if (argc < 3) return a.command == "verify" ? "missing RUN.json" : "missing SPEC.json";
  a.spec = argv[2];
  if (a.command == "verify") return argc == 3 ? "" : "verify takes only RUN.json";
  bool seen_epochs = false;
  for (int i = 3; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--allow-outside-data") {
      a.allow_outside_data = true;
      continue;
    }
    std::string* target = flag == "--load"                                  ? &a.load
                          : flag == "--save" && a.command == "run"          ? &a.save
                          : flag == "--record" && a.command == "run"        ? &a.record
                          : flag == "--out" && a.command == "export-torch"  ? &a.out
                                                                            : nullptr;
    if (!target && flag != "--epochs") return "unknown option " + nn::quoted(flag) + " for " + a.command;
    if (i + 1 >= argc) return flag + " needs a value";
    const std::string value = argv[++i];
    if (flag == "--epochs") {
      if (seen_epochs) return "--epochs given twice";
      seen_epochs = true;
      if (!parse_epochs(value, a.epochs))
        return "--epochs must be a whole number from 0 to " + std::to_string(kMaxEpochs) + ", got " + nn::quoted(value);
    } else {
      if (!target->empty()) return flag + " given twice";
      if (value.empty()) return flag + " needs a file name";
      *target = value;
    }
  }
  return "";
}

// True when `file` (already canonical) lies inside the folder `root` (canonicalised here).
bool lies_inside(const std::filesystem::path& file, const std::filesystem::path& root) {
  std::error_code ec;
  const auto real_root = std::filesystem::weakly_canonical(root, ec);
  const auto rel = file.lexically_relative(real_root);
  return !ec && !rel.empty() && *rel.begin() != ".." && !rel.is_absolute();
}

// Debian's public data-set packages (e.g. dataset-fashion-mnist) install here; reading them
// reveals nothing of the user's, so a spec may name them by their absolute path.
constexpr const char* kSystemDatasets = "/usr/share/datasets";

// Where a data file the spec names (field) is, refusing (unless allowed) a file outside the
// spec's folder and outside the system's data-set folder.
std::string data_path(const Args& args, const std::string& field, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::absolute(fs::path(args.spec)).parent_path();
  const fs::path wanted(name);
  const fs::path file = wanted.is_absolute() ? wanted : folder / wanted;
  if (args.allow_outside_data) return file.string();
  std::error_code ec;
  const fs::path real_file = fs::weakly_canonical(file, ec);  // follows "..", and links that exist
  const bool beside_spec = !ec && !wanted.is_absolute() && lies_inside(real_file, folder);
  const bool system_dataset = !ec && wanted.is_absolute() && lies_inside(real_file, kSystemDatasets);
  if (!beside_spec && !system_dataset)
    throw std::runtime_error(field + ": " + nn::quoted(name) +
                             " is outside the spec's folder; a spec may only read data beside it or under " +
                             kSystemDatasets + " (run with --allow-outside-data to read it anyway)");
  return file.string();
}

// An error message as it may reach a terminal: control characters (from a spec, a CSV cell
// or a file name) escaped, and cut after 2000 characters.
std::string terminal_text(const std::string& message) {
  const nn::Printable p = nn::printable(message, 2000);
  return p.cut ? p.text + "… (message cut)" : p.text;
}

// data.source "idx": the four files named in the spec (relative to it; ".gz" is unzipped),
// each named in messages by its path.
nn::IdxFiles read_idx_files(const Args& args, const nn::DataSpec& d) {
  nn::IdxFiles f;
  const std::string* names[] = {&d.train_images, &d.train_labels, &d.test_images, &d.test_labels};
  std::string* bytes[] = {&f.train_images, &f.train_labels, &f.test_images, &f.test_labels};
  std::string* shown[] = {&f.train_images_name, &f.train_labels_name, &f.test_images_name, &f.test_labels_name};
  const char* fields[] = {"data.trainImages", "data.trainLabels", "data.testImages", "data.testLabels"};
  for (int i = 0; i < 4; ++i) {
    *shown[i] = data_path(args, fields[i], *names[i]);
    *bytes[i] = nn::cli::read_text_file(*shown[i]);
  }
  return f;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path);
}

// verify RUN.json: 0 and "verified: …" when retraining the record's spec gives its history and
// model, 4 and the first epoch that differs otherwise.
int verify(const Args& args) {
  const std::string& path = args.spec;
  const std::string record = nn::cli::read_text_file(path);
  const nn::ExperimentSpec spec = nn::run_record_spec(record);
  std::string csv;
  if (spec.data.source == nn::DataSource::Csv)
    csv = nn::cli::read_text_file(data_path(args, "data.csvFile", spec.data.csv_file));
  const nn::VerifyResult result = nn::verify_run(record, csv);
  std::cout << result.message << "\n";
  return result.verified ? 0 : 4;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (const std::string problem = parse_args(argc, argv, args); !problem.empty() || argc < 3) return usage(problem);
  try {
    if (args.command == "verify") return verify(args);
    if (!args.record.empty() && !args.load.empty())
      throw std::runtime_error("--record: a run record starts from its spec; it cannot start from a loaded model");
    const nn::ExperimentSpec spec = nn::parse_spec(nn::cli::read_text_file(args.spec));
    std::unique_ptr<nn::Trainer> made;
    if (spec.data.source == nn::DataSource::Idx) {
      made = std::make_unique<nn::Trainer>(spec, read_idx_files(args, spec.data));
    } else {
      std::string csv;
      if (spec.data.source == nn::DataSource::Csv) {
        if (spec.data.csv_file.empty()) throw std::runtime_error("data.csvFile: the command-line runner needs a CSV file");
        csv = nn::cli::read_text_file(data_path(args, "data.csvFile", spec.data.csv_file));
      }
      made = std::make_unique<nn::Trainer>(spec, csv);
    }
    nn::Trainer& trainer = *made;
    if (!args.load.empty()) nn::load_model(trainer, nn::cli::read_text_file(args.load));
    const long long epochs = args.epochs >= 0 ? args.epochs : spec.training.epochs;
    if (args.command == "export-torch") {
      const std::string script = nn::export_torch(trainer, epochs, "descent-cli");
      if (args.out.empty()) {
        std::cout << script;
        return 0;
      }
      write_file(args.out, script);
      return 0;
    }
    nn::RunRecorder recorder;
    const auto start = std::chrono::steady_clock::now();
    for (long long e = 0; e < epochs && trainer.status() == nn::Status::Ok; ++e) {
      const auto t0 = std::chrono::steady_clock::now();
      const nn::Status status = trainer.train_epochs(1);
      if (!args.record.empty()) recorder.record(trainer.metrics());  // the metrics carry the status
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (status == nn::Status::Diverged) {
        std::cout << nn::Json{{"status", "diverged"}, {"epoch", trainer.metrics().epoch + 1}}.dump() << "\n";
        break;
      }
      auto line = nn::metrics_json(trainer.metrics());  // with its status: ok, early_stopped or dead_layer
      line["ms"] = ms;
      std::cout << line.dump() << "\n";
    }
    auto summary = nn::metrics_json(trainer.metrics());
    summary["bestEpochOn"] = trainer.monitored_set();  // the set early stopping and bestEpoch watch
    summary["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << nn::Json{{"summary", summary}}.dump() << "\n";
    if (!args.save.empty()) {
      write_file(args.save, nn::save_model(trainer, true) + "\n");
    }
    if (!args.record.empty()) write_file(args.record, recorder.to_json(trainer, "native") + "\n");
    // A dead layer (every neuron constant) or a stalled run ends like divergence does:
    // the network it leaves is not a result, so a script must be able to tell.
    const nn::Status end = trainer.status();
    return end == nn::Status::Diverged ? 3 : end == nn::Status::DeadLayer || end == nn::Status::Stalled ? 4 : 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << terminal_text(e.what()) << "\n";
    return 1;
  }
}
