// The house-price page's part of the bindings (guarded and view from guarded.h; embind.cpp
// calls register_tabular()). Two handles:
//   Table(csvText)             — a CSV file read into typed columns: the column table's data.
//   TabularTrainer(spec, csv)  — a Trainer on a spec with data.table, plus what the page shows
//                                about the preparation, the validation set and the test rows.
// Strings cross as JSON (a few kB: one object per column), arrays as typed-array views.
#pragma once
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include "nn/json.h"
#include <numeric>

#include "export_bindings.h"
#include "guarded.h"
#include "nn/inspect.h"
#include "nn/json_put.h"
#include "nn/table.h"
#include "nn/tabular.h"
#include "nn/trainer.h"

namespace tabular {

using bindings::guarded;
using nn::detail::put;
using bindings::view;
using emscripten::val;

inline nn::Json finite_or_null(double x) { return std::isfinite(x) ? nn::Json(x) : nn::Json(); }

class TableHandle {
 public:
  explicit TableHandle(const std::string& text) : m_table(nn::read_table(text)) {}

  int rows() const { return int(m_table.rows()); }
  int columns() const { return int(m_table.columns.size()); }

  // {rows, header, separator, columns: [{name, type, distinct, missing, min, mean, max,
  //  top: [[value, count]…], histogram: […]}]} — the column table of the page.
  std::string summaryJson() const {
    nn::Json cols = nn::Json::array();
    for (const auto& c : m_table.columns) {
      const nn::ColumnSummary s = nn::summarize(c);
      nn::Json top = nn::Json::array();
      for (std::size_t i = 0; i < s.top_values.size(); ++i) top.push_back(nn::Json::array({s.top_values[i], s.top_counts[i]}));
      // put() (json_put.h): the same tree as an initializer list, a call per field.
      nn::Json e = nn::Json::object();
      put(e, "name", c.name);
      put(e, "type", nn::column_type_name(s.type));
      put(e, "distinct", s.distinct);
      put(e, "missing", s.missing);
      put(e, "min", finite_or_null(s.min));
      put(e, "mean", finite_or_null(s.mean));
      put(e, "max", finite_or_null(s.max));
      put(e, "top", std::move(top));
      put(e, "histogram", s.histogram);
      nn::detail::push_json(cols, std::move(e));
    }
    nn::Json out = nn::Json::object();
    put(out, "rows", m_table.rows());
    put(out, "header", m_table.header);
    put(out, "separator", std::string(1, m_table.separator));
    put(out, "columns", std::move(cols));
    return out
        .dump(-1, false, nn::Json::Utf8::Replace);
  }

  // The cell of `row` in `column` as text ("" if missing): what the most-wrong table shows.
  std::string cell(int row, int column) const {
    return guarded([&] {
      if (column < 0 || column >= columns() || row < 0 || row >= rows())
        throw std::invalid_argument("no cell at row " + std::to_string(row) + ", column " + std::to_string(column));
      const nn::Column& c = m_table.columns[std::size_t(column)];
      if (c.type == nn::ColumnType::Numeric) {
        const double x = c.numbers[std::size_t(row)];
        if (std::isnan(x)) return std::string();
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", x);
        return std::string(buf);
      }
      const int code = c.codes[std::size_t(row)];
      return code < 0 ? std::string() : c.levels[std::size_t(code)];
    });
  }
  int line(int row) const { return row >= 0 && row < rows() ? int(m_table.lines[std::size_t(row)]) : 0; }

 private:
  nn::Table m_table;
};

inline TableHandle* make_table(const std::string& text) {
  return guarded([&] { return new TableHandle(text); });
}

class TabularTrainerHandle {
 public:
  TabularTrainerHandle(const std::string& spec_json, const std::string& csv_text)
      : m_trainer(nn::parse_spec(spec_json), csv_text) {
    if (!m_trainer.tabular()) throw std::invalid_argument("data.table: the house-price trainer needs a spec with data.table");
  }

  // 0 ok, 1 diverged, 2 early stopped (as Trainer.trainEpochs).
  int trainEpochs(int epochs) {
    return guarded([&] {
      if (epochs < 0 || epochs > 100000) throw std::invalid_argument("epochs must be from 0 to 100000");
      return int(m_trainer.train_epochs(epochs));
    });
  }
  // "Export as PyTorch" (export_bindings.h): the prepared table (standardized, one-hot) is
  // embedded as the numbers the network sees. What the script cannot express — a validation
  // set, a run that has stopped — is the core's ExportError, never a different script.
  std::string exportTorch(int epochs) { return bindings::export_torch_script(m_trainer, epochs); }

  // Early stopping's choice now: the weights of the best epoch on the monitored set (what Stop
  // keeps), metrics re-evaluated. The run stays stopped (Trainer::stop_at_best).
  void stopAtBest() {
    guarded([&] {
      m_trainer.stop_at_best();
      return 0;
    });
  }

  // The Metrics value object (validation fields included; NaN where a set is empty).
  nn::Metrics metrics() const { return m_trainer.metrics(); }
  // Which set bestEpoch and bestTestLoss watch: "validation" if there is one, else "test".
  std::string monitoredSet() const { return m_trainer.monitored_set(); }

  std::string specJson() const { return nn::spec_to_json(m_trainer.spec()); }
  int numClasses() const { return m_trainer.train_set().num_classes; }

  // What the preparation did: {inputs, inputNames, classes, rule, threshold, thresholdGiven, cuts, droppedRows,
  // train, validation, test, features: [{column, type, width, fill, mean, sd, kept, other,
  // missingTrain, missingAll}]}.
  std::string preparationJson() const {
    const nn::TabularData& d = *m_trainer.tabular();
    const nn::Preparation& p = d.prep;
    nn::Json features = nn::Json::array();
    for (const auto& f : p.features) {
      nn::Json j = nn::Json::object();
      put(j, "column", f.column);
      put(j, "type", nn::column_type_name(f.type));
      put(j, "width", f.width);
      put(j, "missingTrain", f.missing_train);
      put(j, "missingAll", f.missing_all);
      if (f.type == nn::ColumnType::Numeric) {
        put(j, "fill", f.fill);
        put(j, "mean", f.mean);
        put(j, "sd", 1 / f.scale);
      } else {
        put(j, "kept", f.kept.size());
        put(j, "other", f.other);
      }
      nn::detail::push_json(features, std::move(j));
    }
    nn::Json out = nn::Json::object();
    put(out, "inputs", p.inputs());
    put(out, "inputNames", p.input_names);
    put(out, "classes", p.class_names);
    put(out, "rule", nn::target_rule_name(p.rule));
    put(out, "target", p.target);
    put(out, "threshold", p.threshold);
    put(out, "thresholdGiven", m_trainer.spec().data.table.threshold_given);
    put(out, "cuts", p.cuts);
    put(out, "droppedRows", p.dropped_rows);
    put(out, "train", d.train_rows.size());
    put(out, "validation", d.validation_rows.size());
    put(out, "test", d.test_rows.size());
    put(out, "features", std::move(features));
    return out
        .dump(-1, false, nn::Json::Utf8::Replace);
  }

  // classes × classes counts on the test set (row: true class, column: predicted).
  val testConfusion() {
    return guarded([&] {
      if (m_trainer.train_set().regression()) throw std::invalid_argument("a regression has no confusion matrix");
      m_confusion = nn::confusion_matrix(m_trainer.eval_predictions(), first_test(), m_trainer.test_set().labels,
                                         m_trainer.train_set().num_classes);
      return view(m_confusion.data(), m_confusion.size());
    });
  }

  // The test samples the network got most wrong: up to k of them, lowest predicted probability
  // of the true class first, as triples (table row, true class, predicted class) followed by
  // k probabilities of the true class in probabilities().
  val mostWrong(int k) {
    return guarded([&] {
      const nn::Dataset& test = m_trainer.test_set();
      if (test.regression()) throw std::invalid_argument("a regression has no classes to get wrong");
      const nn::Matrix& pred = m_trainer.eval_predictions();
      const nn::Index first = first_test();
      const nn::Index n = test.size();
      std::vector<double> p_true(static_cast<std::size_t>(n));
      std::vector<int> predicted(static_cast<std::size_t>(n));
      for (nn::Index j = 0; j < n; ++j) {
        const int y = test.labels[std::size_t(j)];
        if (pred.rows() == 1) {
          const double p1 = pred(0, first + j);
          p_true[std::size_t(j)] = y == 1 ? p1 : 1 - p1;
          predicted[std::size_t(j)] = p1 > 0.5 ? 1 : 0;
        } else {
          int arg;
          pred.col(first + j).maxCoeff(&arg);
          p_true[std::size_t(j)] = pred(y, first + j);
          predicted[std::size_t(j)] = arg;
        }
      }
      std::vector<int> order(static_cast<std::size_t>(n));
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return p_true[std::size_t(a)] < p_true[std::size_t(b)]; });
      order.resize(std::min<std::size_t>(order.size(), std::size_t(std::max(k, 0))));
      m_wrong.clear();
      m_wrong_p.clear();
      const auto& rows = m_trainer.tabular()->test_rows;
      for (int j : order) {
        m_wrong.insert(m_wrong.end(), {int(rows[std::size_t(j)]), test.labels[std::size_t(j)], predicted[std::size_t(j)]});
        m_wrong_p.push_back(float(p_true[std::size_t(j)]));
      }
      return view(m_wrong.data(), m_wrong.size());
    });
  }
  val probabilities() const { return view(m_wrong_p.data(), m_wrong_p.size()); }

 private:
  nn::Index first_test() const { return m_trainer.test_offset(); }
  nn::Trainer m_trainer;
  std::vector<int> m_confusion, m_wrong;
  std::vector<float> m_wrong_p;
};

inline TabularTrainerHandle* make_tabular_trainer(const std::string& spec_json, const std::string& csv_text) {
  return guarded([&] { return new TabularTrainerHandle(spec_json, csv_text); });
}

inline void register_tabular() {
  emscripten::class_<TableHandle>("Table")
      .constructor(&make_table, emscripten::allow_raw_pointers())
      .function("rows", &TableHandle::rows)
      .function("columns", &TableHandle::columns)
      .function("summaryJson", &TableHandle::summaryJson)
      .function("cell", &TableHandle::cell)
      .function("line", &TableHandle::line);
  emscripten::class_<TabularTrainerHandle>("TabularTrainer")
      .constructor(&make_tabular_trainer, emscripten::allow_raw_pointers())
      .function("trainEpochs", &TabularTrainerHandle::trainEpochs)
      .function("stopAtBest", &TabularTrainerHandle::stopAtBest)
      .function("metrics", &TabularTrainerHandle::metrics)
      .function("monitoredSet", &TabularTrainerHandle::monitoredSet)
      .function("specJson", &TabularTrainerHandle::specJson)
      .function("numClasses", &TabularTrainerHandle::numClasses)
      .function("preparationJson", &TabularTrainerHandle::preparationJson)
      .function("testConfusion", &TabularTrainerHandle::testConfusion)
      .function("mostWrong", &TabularTrainerHandle::mostWrong)
      .function("probabilities", &TabularTrainerHandle::probabilities)
      .function("exportTorch", &TabularTrainerHandle::exportTorch);
}

}  // namespace tabular
