// Command-line runner: the page's math, scripted. Prints one JSON object per epoch and a final
// summary, so teachers can run and grade experiments with the same core the page uses.
//   descent-cli run SPEC.json [--load MODEL.json] [--save MODEL.json] [--epochs N]
//   descent-cli run SPEC.json --record RUN.json   also writes a run record (spec, history, model)
//   descent-cli verify RUN.json   trains the record's spec again and prints "verified" or the
//     first epoch that differs (exit status 4)
//   descent-cli export-torch SPEC.json [--load MODEL.json] [--epochs N] [--out SCRIPT.py]
//     writes the experiment as a PyTorch script (docs/export-torch.md; to standard output
//     unless --out is given) instead of training it.
// data.csvFile (and data.trainImages & co. for IDX data) in the spec is read relative to the
// spec's folder (".gz" files are unzipped) and handed to the core as bytes. --epochs overrides
// training.epochs. Exit status: 0 ok or
// stopped early, 1 error, 2 usage, 3 diverged.
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "nn/export_torch.h"
#include "nn/metrics_json.h"
#include "nn/model_file.h"
#include "nn/run_record.h"
#include "nn/spec.h"
#include "nn/trainer.h"
#include "text_file.h"

namespace {

int usage() {
  std::cerr << "usage: descent-cli run SPEC.json [--load MODEL.json] [--save MODEL.json] [--epochs N]\n"
               "       descent-cli run SPEC.json --record RUN.json\n"
               "       descent-cli verify RUN.json\n"
               "       descent-cli export-torch SPEC.json [--load MODEL.json] [--epochs N] [--out SCRIPT.py]\n";
  return 2;
}

struct Args {
  std::string command, spec, load, save, out, record;
  long long epochs = -1;
};

bool parse_args(int argc, char** argv, Args& a) {
  if (argc < 3) return false;
  a.command = argv[1];
  if (a.command != "run" && a.command != "export-torch" && a.command != "verify") return false;
  a.spec = argv[2];
  if (a.command == "verify") return argc == 3;
  for (int i = 3; i < argc; i += 2) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) return false;
    if (flag == "--load") a.load = argv[i + 1];
    else if (flag == "--save" && a.command == "run") a.save = argv[i + 1];
    else if (flag == "--out" && a.command == "export-torch") a.out = argv[i + 1];
    else if (flag == "--record" && a.command == "run") a.record = argv[i + 1];
    else if (flag == "--epochs") {
      try {
        a.epochs = std::stoll(argv[i + 1]);
      } catch (const std::exception&) {
        return false;
      }
      if (a.epochs < 0) return false;
    } else return false;
  }
  return true;
}

// data.source "idx": the four files named in the spec (relative to it; ".gz" is unzipped),
// each named in messages by its path.
nn::IdxFiles read_idx_files(const std::string& spec_path, const nn::DataSpec& d) {
  nn::IdxFiles f;
  const std::string* names[] = {&d.train_images, &d.train_labels, &d.test_images, &d.test_labels};
  std::string* bytes[] = {&f.train_images, &f.train_labels, &f.test_images, &f.test_labels};
  std::string* shown[] = {&f.train_images_name, &f.train_labels_name, &f.test_images_name, &f.test_labels_name};
  for (int i = 0; i < 4; ++i) {
    *shown[i] = nn::cli::resolve_relative(spec_path, *names[i]);
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
int verify(const std::string& path) {
  const std::string record = nn::cli::read_text_file(path);
  const nn::ExperimentSpec spec = nn::run_record_spec(record);
  std::string csv;
  if (spec.data.source == nn::DataSource::Csv)
    csv = nn::cli::read_text_file(nn::cli::resolve_relative(path, spec.data.csv_file));
  const nn::VerifyResult result = nn::verify_run(record, csv);
  std::cout << result.message << "\n";
  return result.verified ? 0 : 4;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, args)) return usage();
  try {
    if (args.command == "verify") return verify(args.spec);
    if (!args.record.empty() && !args.load.empty())
      throw std::runtime_error("--record: a run record starts from its spec; it cannot start from a loaded model");
    const nn::ExperimentSpec spec = nn::parse_spec(nn::cli::read_text_file(args.spec));
    std::unique_ptr<nn::Trainer> made;
    if (spec.data.source == nn::DataSource::Idx) {
      made = std::make_unique<nn::Trainer>(spec, read_idx_files(args.spec, spec.data));
    } else {
      std::string csv;
      if (spec.data.source == nn::DataSource::Csv) {
        if (spec.data.csv_file.empty()) throw std::runtime_error("data.csvFile: the command-line runner needs a CSV file");
        csv = nn::cli::read_text_file(nn::cli::resolve_relative(args.spec, spec.data.csv_file));
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
        std::cout << nlohmann::json{{"status", "diverged"}, {"epoch", trainer.metrics().epoch + 1}}.dump() << "\n";
        break;
      }
      auto line = nn::metrics_json(trainer.metrics());  // with its status: ok, early_stopped or dead_layer
      line["ms"] = ms;
      std::cout << line.dump() << "\n";
    }
    auto summary = nn::metrics_json(trainer.metrics());
    summary["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << nlohmann::json{{"summary", summary}}.dump() << "\n";
    if (!args.save.empty()) {
      write_file(args.save, nn::save_model(trainer, true) + "\n");
    }
    if (!args.record.empty()) write_file(args.record, recorder.to_json(trainer, "native") + "\n");
    // A dead layer (every neuron constant) or a stalled run ends like divergence does:
    // the network it leaves is not a result, so a script must be able to tell.
    const nn::Status end = trainer.status();
    return end == nn::Status::Diverged ? 3 : end == nn::Status::DeadLayer || end == nn::Status::Stalled ? 4 : 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}
