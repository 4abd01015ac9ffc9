// Registrations only: what JavaScript sees of the core (declared for JS in web/wasm/nn.d.ts,
// whose test checks this list against it). The handles live beside this file
// (trainer_handle.h, lab_handle.h); errors become JS Errors there (guarded.h).
#include <emscripten/bind.h>

#include "guarded.h"
#include "lab_handle.h"
#include "nn/metrics_json.h"
#include "trainer_handle.h"

using namespace emscripten;
using bindings::LabHandle;
using bindings::TrainerHandle;

namespace {

// Metrics' integer fields (long long) cross as JS numbers, not BigInts.
template <class S, class T, T S::*Member>
double get_number(const S& s) {
  return double(s.*Member);
}
template <class S, class T, T S::*Member>
void set_number(S& s, double v) {
  s.*Member = T(v);
}
#define NUMBER_FIELD(S, name, member) \
  .field(name, &get_number<S, decltype(S::member), &S::member>, &set_number<S, decltype(S::member), &S::member>)

TrainerHandle* make_trainer(const std::string& spec_json) {
  return bindings::guarded([&] { return new TrainerHandle(spec_json, ""); });
}
TrainerHandle* make_trainer_csv(const std::string& spec_json, const std::string& csv_text) {
  return bindings::guarded([&] { return new TrainerHandle(spec_json, csv_text); });
}

double eigen_u_x(const nn::QuadraticAnalysis& a) { return a.u[0]; }
double eigen_u_y(const nn::QuadraticAnalysis& a) { return a.u[1]; }
double eigen_v_x(const nn::QuadraticAnalysis& a) { return a.v[0]; }
double eigen_v_y(const nn::QuadraticAnalysis& a) { return a.v[1]; }
void set_u_x(nn::QuadraticAnalysis& a, double x) { a.u[0] = x; }
void set_u_y(nn::QuadraticAnalysis& a, double y) { a.u[1] = y; }
void set_v_x(nn::QuadraticAnalysis& a, double x) { a.v[0] = x; }
void set_v_y(nn::QuadraticAnalysis& a, double y) { a.v[1] = y; }

}  // namespace

#include "image_bindings.h"
#include "tabular_bindings.h"
// The concepts page's handles (concepts_bindings.h uses guarded and view from above).
#include "concepts_bindings.h"
#include "run_record_bindings.h"

EMSCRIPTEN_BINDINGS(descent) {
  enum_<nn::Status>("Status")
      .value("Ok", nn::Status::Ok)
      .value("Diverged", nn::Status::Diverged)
      .value("EarlyStopped", nn::Status::EarlyStopped)
      .value("DeadLayer", nn::Status::DeadLayer)
      .value("Stalled", nn::Status::Stalled);
  enum_<nn::SpecChange>("SpecChange").value("Live", nn::SpecChange::Live).value("Rebuilt", nn::SpecChange::Rebuilt);

  value_object<nn::Metrics>("Metrics")
#define METRICS_FIELD(name, member) NUMBER_FIELD(nn::Metrics, name, member)
      NN_METRICS_FIELDS(METRICS_FIELD)
#undef METRICS_FIELD
      .field("status", &nn::Metrics::status)
      .field("deadLayer", &nn::Metrics::dead_layer);

  value_object<nn::OptimizerParams>("OptimizerParams")
      .field("learningRate", &nn::OptimizerParams::learning_rate)
      .field("momentum", &nn::OptimizerParams::momentum)
      .field("rho", &nn::OptimizerParams::rho)
      .field("beta1", &nn::OptimizerParams::beta1)
      .field("beta2", &nn::OptimizerParams::beta2)
      .field("epsilon", &nn::OptimizerParams::epsilon)
      .field("weightDecay", &nn::OptimizerParams::weight_decay)
      .field("biasCorrection", &nn::OptimizerParams::bias_correction);

  class_<TrainerHandle>("Trainer")
      .constructor(&make_trainer, allow_raw_pointers())
      .constructor(&make_trainer_csv, allow_raw_pointers())
      .function("trainEpochs", &TrainerHandle::trainEpochs)
      .function("trainSteps", &TrainerHandle::trainSteps)
      .function("metrics", &TrainerHandle::metrics)
      .function("applySpec", &TrainerHandle::applySpec)
      .function("specJson", &TrainerHandle::specJson)
      .function("outputs", &TrainerHandle::outputs)
      .function("regression", &TrainerHandle::regression)
      .function("numClasses", &TrainerHandle::numClasses)
      .function("dims", &TrainerHandle::dims)
      .function("trainPoints", &TrainerHandle::trainPoints)
      .function("testPoints", &TrainerHandle::testPoints)
      .function("trainTargets", &TrainerHandle::trainTargets)
      .function("testTargets", &TrainerHandle::testTargets)
      .function("grid", &TrainerHandle::grid)
      .function("hiddenGrid", &TrainerHandle::hiddenGrid)
      .function("inputGrid", &TrainerHandle::inputGrid)
      .function("featureGrid", &TrainerHandle::featureGrid)
      .function("weights", &TrainerHandle::weights)
      .function("biases", &TrainerHandle::biases)
      .function("params", &TrainerHandle::params)
      .function("batchNormState", &TrainerHandle::batchNormState)
      .function("dropoutMask", &TrainerHandle::dropoutMask)
      .function("saveModel", &TrainerHandle::saveModel)
      .function("saveModel", &TrainerHandle::saveModelWith)
      .function("loadModel", &TrainerHandle::loadModel)
      .function("exportTorch", &TrainerHandle::exportTorch)
      .function("runRecord", &TrainerHandle::runRecord)
      .function("loadRunRecord", &TrainerHandle::loadRunRecord)
      .function("prepareBatch", &TrainerHandle::prepareBatch)
      .function("applyBatch", &TrainerHandle::applyBatch)
      .function("batchPrepared", &TrainerHandle::batchPrepared)
      .function("batchPosition", &TrainerHandle::batchPosition)
      .function("forwardBatch", &TrainerHandle::forwardBatch)
      .function("backwardBatch", &TrainerHandle::backwardBatch)
      .function("batchPhase", &TrainerHandle::batchPhase)
      .function("batchLoss", &TrainerHandle::batchLoss)
      .function("neuronValues", &TrainerHandle::neuronValues)
      .function("batchNormValues", &TrainerHandle::batchNormValues)
      .function("weightState", &TrainerHandle::weightState)
      .function("setWeight", &TrainerHandle::setWeight)
      .function("weightGrads", &TrainerHandle::weightGrads)
      .function("neuronSignals", &TrainerHandle::neuronSignals)
      .function("confusion", &TrainerHandle::confusion)
      .function("weightHistogram", &TrainerHandle::weightHistogram)
      .function("lastEpochMetrics", &TrainerHandle::lastEpochMetrics)
      .function("batchNormHistograms", &TrainerHandle::batchNormHistograms);
  function("normalizeSpec", &bindings::normalize_spec);
  function("catalog", &bindings::catalog);
  function("readRunRecord", &run_record_bindings::read_run_record);

  emscripten::class_<images::ImageTrainerHandle>("ImageTrainer")
      .constructor(&images::make_image_trainer_csv, emscripten::allow_raw_pointers())
      .constructor(&images::make_image_trainer_idx, emscripten::allow_raw_pointers())
      .function("trainBatches", &images::ImageTrainerHandle::trainBatches)
      .function("epochPosition", &images::ImageTrainerHandle::epochPosition)
      .function("epochEndMs", &images::ImageTrainerHandle::epochEndMs)
      .function("trainSize", &images::ImageTrainerHandle::trainSize)
      .function("testSize", &images::ImageTrainerHandle::testSize)
      .function("batchSize", &images::ImageTrainerHandle::batchSize)
      .function("imageWidth", &images::ImageTrainerHandle::imageWidth)
      .function("imageHeight", &images::ImageTrainerHandle::imageHeight)
      .function("numClasses", &images::ImageTrainerHandle::numClasses)
      .function("specJson", &images::ImageTrainerHandle::specJson)
      .function("exportTorch", &images::ImageTrainerHandle::exportTorch)
      .function("metrics", &images::ImageTrainerHandle::metrics)
      .function("restoreBest", &images::ImageTrainerHandle::restoreBest)
      .function("testImages", &images::ImageTrainerHandle::testImages)
      .function("testLabels", &images::ImageTrainerHandle::testLabels)
      .function("testProbabilities", &images::ImageTrainerHandle::testProbabilities)
      .function("testPredicted", &images::ImageTrainerHandle::testPredicted)
      .function("confusion", &images::ImageTrainerHandle::confusion)
      .function("firstLayerWeights", &images::ImageTrainerHandle::firstLayerWeights)
      .function("firstLayerUnits", &images::ImageTrainerHandle::firstLayerUnits)
      .function("predict", &images::ImageTrainerHandle::predict);
  emscripten::class_<images::SketchHandle>("Sketch")
      .constructor<>()
      .function("beginStroke", &images::SketchHandle::beginStroke)
      .function("extend", &images::SketchHandle::extend)
      .function("clear", &images::SketchHandle::clear)
      .function("pointCount", &images::SketchHandle::pointCount)
      .function("render", &images::SketchHandle::render)
      .function("digitBitmap", &images::SketchHandle::digitBitmap);
  concepts_bindings::register_concepts();
  tabular::register_tabular();
}

EMSCRIPTEN_BINDINGS(descent_lab) {
  value_object<bindings::SurfaceInfo>("SurfaceInfo")
      .field("name", &bindings::SurfaceInfo::name)
      .field("xMin", &bindings::SurfaceInfo::xMin)
      .field("xMax", &bindings::SurfaceInfo::xMax)
      .field("yMin", &bindings::SurfaceInfo::yMin)
      .field("yMax", &bindings::SurfaceInfo::yMax)
      .field("bounded", &bindings::SurfaceInfo::bounded)
      .field("reference", &bindings::SurfaceInfo::reference)
      .field("minX", &bindings::SurfaceInfo::minX)
      .field("minY", &bindings::SurfaceInfo::minY)
      .field("startX", &bindings::SurfaceInfo::startX)
      .field("startY", &bindings::SurfaceInfo::startY);
  value_object<bindings::Point>("Point").field("x", &bindings::Point::x).field("y", &bindings::Point::y);
  value_object<nn::RacerHead>("RacerHead")
      .field("x", &nn::RacerHead::x)
      .field("y", &nn::RacerHead::y)
      .field("loss", &nn::RacerHead::loss)
      .field("gradX", &nn::RacerHead::grad_x)
      .field("gradY", &nn::RacerHead::grad_y)
      .field("stepX", &nn::RacerHead::step_x)
      .field("stepY", &nn::RacerHead::step_y)
      .field("velocityX", &nn::RacerHead::velocity_x)
      .field("velocityY", &nn::RacerHead::velocity_y)
      .field("scaleX", &nn::RacerHead::scale_x)
      .field("scaleY", &nn::RacerHead::scale_y)
      .field("secondMomentX", &nn::RacerHead::second_moment_x)
      .field("secondMomentY", &nn::RacerHead::second_moment_y)
      .field("ballX", &nn::RacerHead::ball_x)
      .field("ballY", &nn::RacerHead::ball_y)
      .field("iterations", &nn::RacerHead::iterations)
      .field("diverged", &nn::RacerHead::diverged);
  value_object<nn::QuadraticAnalysis>("QuadraticAnalysis")
      .field("lambda1", &nn::QuadraticAnalysis::lambda1)
      .field("lambda2", &nn::QuadraticAnalysis::lambda2)
      .field("kappa", &nn::QuadraticAnalysis::kappa)
      .field("gdStep", &nn::QuadraticAnalysis::gd_step)
      .field("gdRate", &nn::QuadraticAnalysis::gd_rate)
      .field("gdStabilityLimit", &nn::QuadraticAnalysis::gd_stability_limit)
      .field("momentumAlpha", &nn::QuadraticAnalysis::momentum_alpha)
      .field("momentumBeta", &nn::QuadraticAnalysis::momentum_beta)
      .field("momentumRate", &nn::QuadraticAnalysis::momentum_rate)
      .field("ux", &eigen_u_x, &set_u_x)
      .field("uy", &eigen_u_y, &set_u_y)
      .field("vx", &eigen_v_x, &set_v_x)
      .field("vy", &eigen_v_y, &set_v_y);

  class_<LabHandle>("Lab")
      .constructor<double>()
      .function("setSurface", &LabHandle::setSurface)
      .function("surface", &LabHandle::surface)
      .function("addRacer", &LabHandle::addRacer)
      .function("racerCount", &LabHandle::racerCount)
      .function("kind", &LabHandle::kind)
      .function("setKind", &LabHandle::setKind)
      .function("setParams", &LabHandle::setParams)
      .function("params", &LabHandle::params)
      .function("setStart", &LabHandle::setStart)
      .function("start", &LabHandle::start)
      .function("setNoise", &LabHandle::setNoise)
      .function("setSeed", &LabHandle::setSeed)
      .function("reset", &LabHandle::reset)
      .function("step", &LabHandle::step)
      .function("replay", &LabHandle::replay)
      .function("iteration", &LabHandle::iteration)
      .function("maxIterations", &LabHandle::maxIterations)
      .function("head", &LabHandle::head)
      .function("path", &LabHandle::path)
      .function("losses", &LabHandle::losses)
      .function("stepLengths", &LabHandle::stepLengths)
      .function("eigenErrors", &LabHandle::eigenErrors)
      .function("contour", &LabHandle::contour)
      .function("quadratic", &LabHandle::quadratic)
      .function("momentumRate", &LabHandle::momentumRate)
      .function("rateMap", &LabHandle::rateMap);
  function("labSurfaces", &bindings::lab_surfaces);
  function("defaultOptimizerParams", &bindings::default_optimizer_params);
}

// ---------------------------------------------------------------- linear regression page
#include "regression_bindings.h"

EMSCRIPTEN_BINDINGS(descent_regression) { register_regression(); }
