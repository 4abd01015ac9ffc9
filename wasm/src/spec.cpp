#include "nn/spec.h"

#include <cmath>
#include <limits>
#include "nn/json.h"

#include "nn/json_put.h"
#include "json_reader.h"
#include "nn/csv.h"
#include "nn/ranges.h"

namespace nn {
namespace {

using detail::ObjectReader;
using detail::object_at;
using detail::put;
using detail::read_object;
using json = nn::Json;

Regularization parse_regularization(const std::string& name) {
  for (Regularization r : {Regularization::None, Regularization::L1, Regularization::L2})
    if (name == regularization_name(r)) return r;
  throw std::invalid_argument("unknown regularization '" + name + "' (expected none, l1 or l2)");
}

DataSource parse_data_source(const std::string& name) {
  for (DataSource s : {DataSource::Generator, DataSource::Inline, DataSource::Csv, DataSource::Line, DataSource::Idx})
    if (name == data_source_name(s)) return s;
  throw std::invalid_argument("unknown data source '" + name + "' (expected generator, inline, csv, line or idx)");
}

std::string at(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }


// data.line: points around y = w·x + b (linear_regression.h).
void read_line(ObjectReader& l, LineSpec& s) {
  auto number = [&](const char* key, double def) {
    const Range& r = range(std::string("data.line.") + key);
    return r.integer ? double(l.integer(key, (long long)def, r)) : l.number(key, def, r);
  };
  s.weight = number("weight", s.weight);
  s.bias = number("bias", s.bias);
  s.noise = number("noise", s.noise);
  s.points = int(number("points", s.points));
  s.x_min = number("xMin", s.x_min);
  s.x_max = number("xMax", s.x_max);
  if (!(s.x_min < s.x_max))
    ObjectReader::fail(l.field("xMax"), "must be larger than xMin (" + ObjectReader::fmt(s.x_min) + "), got " + ObjectReader::fmt(s.x_max));
}

constexpr const char* kIdxFiles[] = {"trainImages", "trainLabels", "testImages", "testLabels"};

// IDX files (data.source 'idx') and the image shape of CSV or inline pixels (data.image).
void read_image_fields(ObjectReader& d, DataSpec& s) {
  const bool idx = s.source == DataSource::Idx;
  for (const char* key : {"trainImages", "trainLabels", "testImages", "testLabels", "trainLimit", "testLimit"})
    if (!idx && d.has(key)) ObjectReader::fail(d.field(key), "only for data.source 'idx'");
  if (idx && d.has("trainRatio"))
    ObjectReader::fail(d.field("trainRatio"), "IDX data come split into training and test files; trainRatio does not apply");
  if (idx && d.has("image"))
    ObjectReader::fail(d.field("image"), "IDX files say their image size themselves (data.image is for CSV and inline pixels)");
  std::string* files[] = {&s.train_images, &s.train_labels, &s.test_images, &s.test_labels};
  for (int i = 0; i < 4; ++i) {
    *files[i] = d.string(kIdxFiles[i], "", 4096);
    if (idx && files[i]->empty()) ObjectReader::fail(d.field(kIdxFiles[i]), "is required for data.source 'idx' (a file name)");
  }
  s.train_limit = int(d.integer("trainLimit", 0, 0, 10000000));
  s.test_limit = int(d.integer("testLimit", 0, 0, 10000000));
  read_object(d, "image", [&](ObjectReader& im) {
    s.image_width = int(im.integer("width", 0, 1, 4096));
    s.image_height = int(im.integer("height", 0, 1, 4096));
    s.image_max = im.number("maxValue", 0, 1e-6, 1e9);
    for (const char* key : {"width", "height", "maxValue"})
      if (!im.has(key)) ObjectReader::fail(im.field(key), "is required (data.image needs width, height and maxValue)");
  });
}

// data.columns: {"x": ["Gr_Liv_Area", …], "y": "Sale_Price"} (nn/csv_columns.h).
void read_column_pick(ObjectReader& c, ColumnPick& p) {
  const json* x = c.array("x", 1, kMaxPickedColumns);
  if (!x) ObjectReader::fail(c.field("x"), "is required (the input column names)");
  for (std::size_t i = 0; i < x->size(); ++i) {
    const json& name = (*x)[i];
    if (!name.is_string() || name.as_string().empty())
      ObjectReader::fail(at(c.field("x"), i), "must be a column name, got " + ObjectReader::type_of(name));
    p.x.push_back(name.as_string());
  }
  if (!c.has("y")) ObjectReader::fail(c.field("y"), "is required (the column to predict)");
  p.y = c.string("y", "", 1000);
  if (p.y.empty()) ObjectReader::fail(c.field("y"), "must be a column name");
}

// data.table: the typed-CSV preparation (nn/tabular.h, docs/tabular.md).
void read_table_spec(ObjectReader& t, TableSpec& s) {
  s.target = t.string("target", s.target, 1000);
  if (const json* ignore = t.array("ignore", 0, kCsvMaxColumns)) {
    for (std::size_t i = 0; i < ignore->size(); ++i) {
      const json& name = (*ignore)[i];
      if (!name.is_string()) ObjectReader::fail(at(t.field("ignore"), i), "must be a column name, got " + ObjectReader::type_of(name));
      s.ignore.push_back(name.as_string());
      if (s.ignore.back() == s.target && !s.target.empty())
        ObjectReader::fail(at(t.field("ignore"), i), "the target column cannot be ignored");
    }
  }
  s.rule = t.choice("rule", s.rule, &parse_target_rule);
  if (t.has("threshold") && s.rule != TargetRule::Threshold) ObjectReader::fail(t.field("threshold"), "only for rule 'threshold'");
  if (t.has("quantiles") && s.rule != TargetRule::Quantiles) ObjectReader::fail(t.field("quantiles"), "only for rule 'quantiles'");
  s.threshold_given = t.has("threshold");
  s.threshold = t.number("threshold", s.threshold, range("data.table.threshold"));
  s.quantiles = int(t.integer("quantiles", s.quantiles, range("data.table.quantiles")));
  s.max_categories = int(t.integer("maxCategories", s.max_categories, range("data.table.maxCategories")));
}

void read_data(ObjectReader& d, DataSpec& s) {
  s.source = d.choice("source", s.source, &parse_data_source);
  const bool gen = s.source == DataSource::Generator;
  for (const char* key : {"generator", "points", "noise", "classes", "dims"})
    if (!gen && d.has(key)) ObjectReader::fail(d.field(key), "only for data.source 'generator'");
  if (s.source != DataSource::Inline && d.has("inline")) ObjectReader::fail(d.field("inline"), "only for data.source 'inline'");
  if (s.source != DataSource::Csv && d.has("csvFile")) ObjectReader::fail(d.field("csvFile"), "only for data.source 'csv'");
  if (s.source != DataSource::Line && d.has("line")) ObjectReader::fail(d.field("line"), "only for data.source 'line'");
  const bool rows_source = s.source == DataSource::Inline || s.source == DataSource::Csv;
  if (!rows_source && d.has("target")) ObjectReader::fail(d.field("target"), "only for data.source 'inline' or 'csv'");
  s.value_targets = d.string_choice("target", "class", {"class", "value"}) == "value";
  if (d.has("columns")) {
    if (s.source != DataSource::Csv) ObjectReader::fail(d.field("columns"), "only for data.source 'csv'");
    if (d.has("table")) ObjectReader::fail(d.field("columns"), "data.columns and data.table are two ways to read a CSV; use one");
    if (d.has("target") && !s.value_targets)
      ObjectReader::fail(d.field("target"), "data.columns predicts the y column's numbers: target must be 'value'");
    s.has_columns = true;
    s.value_targets = true;
    read_object(d, "columns", [&](ObjectReader& c) { read_column_pick(c, s.columns); });
  }
  read_object(d, "line", [&](ObjectReader& l) { read_line(l, s.line); });
  read_image_fields(d, s);
  if (s.has_columns && s.image_width > 0) ObjectReader::fail(d.field("image"), "data.columns picks numeric columns, not images");

  s.generator = d.choice("generator", s.generator, &parse_generator);
  s.points = int(d.integer("points", s.points, range("data.points")));
  s.noise = d.number("noise", s.noise, range("data.noise"));
  s.train_ratio = d.number("trainRatio", s.train_ratio, range("data.trainRatio"));
  if (d.has("classes") && !generator_has_classes(s.generator))
    ObjectReader::fail(d.field("classes"), std::string("the ") + generator_name(s.generator) +
                                               " generator has a fixed number of classes (only blobs, spiral and clusters take one)");
  s.classes = int(d.integer("classes", generator_default_classes(s.generator), range("data.classes")));
  if (!generator_has_classes(s.generator)) s.classes = generator_default_classes(s.generator);
  if (d.has("dims") && !generator_has_dims(s.generator))
    ObjectReader::fail(d.field("dims"), "only the clusters generator takes a dimension");
  s.dims = int(d.integer("dims", s.dims, range("data.dims")));
  if (double(s.points) * s.dims > 1e7)
    ObjectReader::fail(d.field("points"), "points × dims must be at most 10000000, got " + std::to_string(s.points) +
                                              " × " + std::to_string(s.dims));

  const Range& inline_range = range("data.inline");
  if (const json* rows = d.array("inline", inline_range.min_length, inline_range.max_length)) {
    const std::string path = d.field("inline");
    for (std::size_t i = 0; i < rows->size(); ++i) {
      const json& row = (*rows)[i];
      if (!row.is_array()) ObjectReader::fail(at(path, i), "must be an array [feature…, label], got " + ObjectReader::type_of(row));
      const std::size_t width = (*rows)[0].is_array() ? (*rows)[0].size() : 0;
      if (row.size() < 2 || row.size() > std::size_t(range("data.dims").max) + 1 || row.size() != width)
        ObjectReader::fail(at(path, i), "must have " + std::to_string(std::max<std::size_t>(width, 2)) +
                                            " entries like the first row (features, then the label), got " + std::to_string(row.size()));
      std::vector<double> values(row.size());
      for (std::size_t k = 0; k + 1 < row.size(); ++k)
        values[k] = ObjectReader::check_number(row[k], at(at(path, i), k), inline_range);
      values.back() = s.value_targets
                          ? ObjectReader::check_number(row[row.size() - 1], at(at(path, i), row.size() - 1), inline_range)
                          : double(ObjectReader::check_integer(row[row.size() - 1], at(at(path, i), row.size() - 1), 0, kMaxClasses - 1));
      s.rows.push_back(std::move(values));
    }
  }
  if (s.source == DataSource::Inline && s.rows.empty()) ObjectReader::fail(d.field("inline"), "is required for data.source 'inline'");
  s.csv_file = d.string("csvFile", "", 4096);
  s.standardize = d.boolean("standardize", s.standardize);
  s.standardize_targets = d.boolean("standardizeTargets", s.standardize_targets);
  if (s.source == DataSource::Idx && d.has("validationRatio"))
    ObjectReader::fail(d.field("validationRatio"), "IDX data come split into training and test files; validationRatio does not apply");
  s.validation_ratio = d.number("validationRatio", s.validation_ratio, range("data.validationRatio"));
  if (s.train_ratio + s.validation_ratio > 1 + 1e-12)
    ObjectReader::fail(d.field("validationRatio"), "trainRatio + validationRatio must be at most 1, got " +
                                                       ObjectReader::fmt(s.train_ratio + s.validation_ratio));
  if (d.has("table")) {
    if (s.source != DataSource::Csv) ObjectReader::fail(d.field("table"), "only for data.source 'csv'");
    s.has_table = true;
    read_object(d, "table", [&](ObjectReader& t) { read_table_spec(t, s.table); });
    if (s.standardize)
      ObjectReader::fail(d.field("standardize"), "the table preparation already standardizes numeric columns; leave it false");
    if (s.value_targets)
      ObjectReader::fail(d.field("target"), "with data.table the target is chosen by data.table.target and data.table.rule");
    if (s.image_width > 0) ObjectReader::fail(d.field("image"), "a prepared table is not images");
  }
}

void read_model(ObjectReader& m, ModelSpec& s) {
  const Range& hidden = range("model.hidden");
  if (const json* h = m.array("hidden", hidden.min_length, hidden.max_length)) {
    s.hidden.clear();
    for (std::size_t i = 0; i < h->size(); ++i)
      s.hidden.push_back(int(ObjectReader::check_integer((*h)[i], at(m.field("hidden"), i), hidden)));
  }
  const std::size_t layers = s.hidden.size();
  s.activation = m.choice("activation", s.activation, &parse_activation);
  s.activations.assign(layers, s.activation);
  if (const json* a = m.array("activations", layers, layers)) {
    for (std::size_t i = 0; i < layers; ++i)
      s.activations[i] = ObjectReader::parse_choice((*a)[i], at(m.field("activations"), i), &parse_activation);
  }
  s.dropout.assign(layers, 0.0);
  if (const json* d = m.find("dropout")) {
    const std::string path = m.field("dropout");
    if (d->is_number()) {
      s.dropout.assign(layers, ObjectReader::check_number(*d, path, range("model.dropout")));
    } else if (d->is_array()) {
      if (d->size() != layers)
        ObjectReader::fail(path, "must have one rate per hidden layer (" + std::to_string(layers) + "), got " +
                                     std::to_string(d->size()));
      for (std::size_t i = 0; i < layers; ++i) s.dropout[i] = ObjectReader::check_number((*d)[i], at(path, i), range("model.dropout"));
    } else {
      ObjectReader::fail(path, "must be a number or an array of numbers, got " + ObjectReader::type_of(*d));
    }
  }
  s.batch_norm = m.boolean("batchNorm", s.batch_norm);
  s.output = m.string_choice("output", "auto", {"auto", "sigmoid", "softmax", "linear"});
  s.loss = m.string_choice("loss", "auto", {"auto", "cross_entropy", "squared_error"});
  s.init = m.choice("init", s.init, &parse_init);
}

void read_optimizer(ObjectReader& o, OptimizerSpec& s) {
  auto& p = s.params;
  s.kind = o.choice("kind", s.kind, &parse_optimizer);
  p.learning_rate = o.number("learningRate", p.learning_rate, range("optimizer.learningRate"));
  p.momentum = o.number("momentum", p.momentum, range("optimizer.momentum"));
  p.rho = o.number("rho", p.rho, range("optimizer.rho"));
  p.beta1 = o.number("beta1", p.beta1, range("optimizer.beta1"));
  p.beta2 = o.number("beta2", p.beta2, range("optimizer.beta2"));
  p.epsilon = o.number("epsilon", p.epsilon, range("optimizer.epsilon"));
  p.weight_decay = o.number("weightDecay", p.weight_decay, range("optimizer.weightDecay"));
  p.bias_correction = o.boolean("biasCorrection", p.bias_correction);
  read_object(o, "schedule", [&](ObjectReader& c) {
    auto& q = s.schedule;
    q.kind = c.choice("kind", q.kind, &parse_schedule);
    q.gamma = c.number("gamma", q.gamma, range("optimizer.schedule.gamma"));
    q.step_epochs = int(c.integer("stepEpochs", q.step_epochs, range("optimizer.schedule.stepEpochs")));
    q.decay = c.number("decay", q.decay, range("optimizer.schedule.decay"));
    q.period_epochs = int(c.integer("periodEpochs", q.period_epochs, range("optimizer.schedule.periodEpochs")));
    q.min_learning_rate = c.number("minLearningRate", q.min_learning_rate, range("optimizer.schedule.minLearningRate"));
  });
}

void read_training(ObjectReader& t, TrainingSpec& s) {
  s.batch_size = int(t.integer("batchSize", s.batch_size, range("training.batchSize")));
  s.epochs = int(t.integer("epochs", s.epochs, range("training.epochs")));
  read_object(t, "earlyStopping", [&](ObjectReader& e) {
    s.early_stopping.patience = int(e.integer("patience", 10, range("training.earlyStopping.patience")));
    s.early_stopping.min_delta = e.number("minDelta", s.early_stopping.min_delta, range("training.earlyStopping.minDelta"));
  });
  s.clip_norm = t.number("clipNorm", s.clip_norm, range("training.clipNorm"));
}

// The input dimension when the spec alone determines it (0 for CSV and IDX, known only with the files).
int known_dims(const DataSpec& d) {
  if (d.source == DataSource::Inline) return int(d.rows[0].size()) - 1;
  if (d.source == DataSource::Csv || d.source == DataSource::Idx) return 0;
  if (d.source == DataSource::Line) return 1;
  return generator_has_dims(d.generator) ? d.dims : 2;
}

}  // namespace

const char* regularization_name(Regularization r) {
  return r == Regularization::L1 ? "l1" : r == Regularization::L2 ? "l2" : "none";
}

const char* data_source_name(DataSource s) {
  return s == DataSource::Inline ? "inline" : s == DataSource::Csv ? "csv" : s == DataSource::Line ? "line"
         : s == DataSource::Idx ? "idx" : "generator";
}

ExperimentSpec parse_spec(const std::string& text) {
  const json root = detail::parse_strict(text, "");
  ExperimentSpec s;
  ObjectReader r(root, "");
  r.integer("version", 1, range("version"));
  s.seed = uint64_t(r.integer("seed", s.seed, range("seed")));
  read_object(r, "data", [&](ObjectReader& d) { read_data(d, s.data); });

  if (const json* f = r.array("features", 1, 7)) {
    s.features.clear();
    s.features_given = true;
    for (std::size_t i = 0; i < f->size(); ++i) {
      const Feature feat = ObjectReader::parse_choice((*f)[i], at("features", i), &parse_feature);
      for (Feature seen : s.features)
        if (seen == feat) ObjectReader::fail(at("features", i), std::string("duplicate feature '") + feature_name(feat) + "'");
      s.features.push_back(feat);
    }
  }

  s.model.activations.assign(s.model.hidden.size(), s.model.activation);
  s.model.dropout.assign(s.model.hidden.size(), 0.0);
  read_object(r, "model", [&](ObjectReader& m) { read_model(m, s.model); });
  read_object(r, "optimizer", [&](ObjectReader& o) { read_optimizer(o, s.optimizer); });
  read_object(r, "regularization", [&](ObjectReader& g) {
    s.regularization.kind = g.choice("kind", s.regularization.kind, &parse_regularization);
    s.regularization.rate = g.number("rate", s.regularization.rate, range("regularization.rate"));
  });
  read_object(r, "training", [&](ObjectReader& t) { read_training(t, s.training); });
  r.finish();

  // Cross-field rules, checked once everything is read.
  const int dims = known_dims(s.data);
  if (s.features_given && dims != 0 && dims != 2)
    ObjectReader::fail("features", "only 2-D data has input features; this data has " + std::to_string(dims) + " dimensions");
  const bool regression = (s.data.source == DataSource::Generator && generator_is_regression(s.data.generator)) ||
                          s.data.source == DataSource::Line || s.data.value_targets;
  if (regression && (s.model.output == "sigmoid" || s.model.output == "softmax"))
    ObjectReader::fail("model.output", "a regression data set needs a linear output");
  if (!regression && s.model.output == "linear")
    ObjectReader::fail("model.output", "a classification data set needs a sigmoid or softmax output");
  if (s.model.loss == "cross_entropy" && regression)
    ObjectReader::fail("model.loss", "cross-entropy needs a classification data set");
  if (s.data.image_width > 0 && dims > 0 && dims != s.data.image_width * s.data.image_height)
    ObjectReader::fail("data.image", "an image of " + std::to_string(s.data.image_width) + " × " +
                                         std::to_string(s.data.image_height) + " pixels has " +
                                         std::to_string(s.data.image_width * s.data.image_height) +
                                         " values, but the data has " + std::to_string(dims));
  if (s.model.output == "sigmoid" && s.data.source == DataSource::Generator && s.data.classes > 2)
    ObjectReader::fail("model.output", "more than two classes need a softmax output");
  return s;
}

std::string spec_to_json(const ExperimentSpec& s) {
  // put() (json_put.h) rather than `j["key"] = v`: the same tree, a call per field.
  json j = json::object();
  put(j, "version", 1);
  put(j, "seed", s.seed);
  json data = json::object();
  put(data, "source", data_source_name(s.data.source));
  put(data, "standardize", s.data.standardize);
  put(data, "standardizeTargets", s.data.standardize_targets);
  if (s.data.source != DataSource::Idx) {
    put(data, "trainRatio", s.data.train_ratio);
    put(data, "validationRatio", s.data.validation_ratio);
  }
  if (s.data.source == DataSource::Inline || s.data.source == DataSource::Csv)
    put(data, "target", s.data.value_targets ? "value" : "class");
  if (s.data.image_width > 0) {
    json& image = object_at(data, "image");
    put(image, "width", s.data.image_width);
    put(image, "height", s.data.image_height);
    put(image, "maxValue", s.data.image_max);
  }
  if (s.data.source == DataSource::Generator) {
    put(data, "generator", generator_name(s.data.generator));
    put(data, "points", s.data.points);
    put(data, "noise", s.data.noise);
    if (generator_has_classes(s.data.generator)) put(data, "classes", s.data.classes);
    if (generator_has_dims(s.data.generator)) put(data, "dims", s.data.dims);
  } else if (s.data.source == DataSource::Inline) {
    json rows = json::array();
    for (const auto& row : s.data.rows) {
      json r = json::array();
      for (std::size_t k = 0; k < row.size(); ++k) {
        if (k + 1 < row.size() || s.data.value_targets) r.push_back(row[k]);
        else r.push_back(static_cast<long long>(row[k]));
      }
      rows.push_back(std::move(r));
    }
    put(data, "inline", std::move(rows));
  } else if (s.data.source == DataSource::Line) {
    const LineSpec& l = s.data.line;
    json& line = object_at(data, "line");
    put(line, "weight", l.weight);
    put(line, "bias", l.bias);
    put(line, "noise", l.noise);
    put(line, "points", l.points);
    put(line, "xMin", l.x_min);
    put(line, "xMax", l.x_max);
  } else if (s.data.source == DataSource::Csv) {
    put(data, "csvFile", s.data.csv_file);
    if (s.data.has_columns) {
      json& columns = object_at(data, "columns");
      put(columns, "x", s.data.columns.x);
      put(columns, "y", s.data.columns.y);
    }
    if (s.data.has_table) {
      const TableSpec& t = s.data.table;
      json& table = object_at(data, "table");
      put(table, "target", t.target);
      put(table, "ignore", t.ignore);
      put(table, "rule", target_rule_name(t.rule));
      put(table, "maxCategories", t.max_categories);
      if (t.rule == TargetRule::Threshold && t.threshold_given) put(table, "threshold", t.threshold);
      if (t.rule == TargetRule::Quantiles) put(table, "quantiles", t.quantiles);
    }
  } else {
    put(data, "trainImages", s.data.train_images);
    put(data, "trainLabels", s.data.train_labels);
    put(data, "testImages", s.data.test_images);
    put(data, "testLabels", s.data.test_labels);
    put(data, "trainLimit", s.data.train_limit);
    put(data, "testLimit", s.data.test_limit);
  }
  put(j, "data", std::move(data));
  if (s.features_given || known_dims(s.data) == 2) {
    json features = json::array();
    for (Feature f : s.features) features.push_back(feature_name(f));
    put(j, "features", std::move(features));
  }
  json activations = json::array();
  for (Activation a : s.model.activations) activations.push_back(activation_name(a));
  json& model = object_at(j, "model");
  put(model, "hidden", s.model.hidden);
  put(model, "activation", activation_name(s.model.activation));
  put(model, "activations", std::move(activations));
  put(model, "dropout", s.model.dropout);
  put(model, "batchNorm", s.model.batch_norm);
  put(model, "output", s.model.output);
  put(model, "loss", s.model.loss);
  put(model, "init", init_name(s.model.init));
  const auto& p = s.optimizer.params;
  const auto& q = s.optimizer.schedule;
  json& optimizer = object_at(j, "optimizer");
  put(optimizer, "kind", optimizer_name(s.optimizer.kind));
  put(optimizer, "learningRate", p.learning_rate);
  put(optimizer, "momentum", p.momentum);
  put(optimizer, "rho", p.rho);
  put(optimizer, "beta1", p.beta1);
  put(optimizer, "beta2", p.beta2);
  put(optimizer, "epsilon", p.epsilon);
  put(optimizer, "weightDecay", p.weight_decay);
  json& schedule = object_at(optimizer, "schedule");
  put(schedule, "kind", schedule_name(q.kind));
  put(schedule, "gamma", q.gamma);
  put(schedule, "stepEpochs", q.step_epochs);
  put(schedule, "decay", q.decay);
  put(schedule, "periodEpochs", q.period_epochs);
  put(schedule, "minLearningRate", q.min_learning_rate);
  if (!p.bias_correction) put(optimizer, "biasCorrection", false);  // absent means on
  json& regularization = object_at(j, "regularization");
  put(regularization, "kind", regularization_name(s.regularization.kind));
  put(regularization, "rate", s.regularization.rate);
  json& training = object_at(j, "training");
  put(training, "batchSize", s.training.batch_size);
  put(training, "epochs", s.training.epochs);
  json& early = object_at(training, "earlyStopping");
  put(early, "patience", s.training.early_stopping.patience);
  put(early, "minDelta", s.training.early_stopping.min_delta);
  put(training, "clipNorm", s.training.clip_norm);
  return j.dump(2);
}

}  // namespace nn
