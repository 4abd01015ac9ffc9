// "Export as PyTorch" (tests/cli/check_export_torch.py runs the scripts against PyTorch):
// here, what the script carries and what it refuses.
#include <gtest/gtest.h>

#include "nn/export_torch.h"
#include "nn/spec.h"
#include "nn/trainer.h"

namespace {

nn::Trainer trainer_for(const std::string& json) { return nn::Trainer(nn::parse_spec(json)); }

TEST(ExportTorch, ScriptCarriesTheExperimentAndHasNoUnfilledField) {
  nn::Trainer t = trainer_for(R"({"model":{"hidden":[3],"dropout":0.2},"optimizer":{"kind":"adam"}})");
  t.train_epochs(2);
  const std::string script = nn::export_torch(t, 7);
  EXPECT_EQ(script.find("@@"), std::string::npos) << "a template field was left unfilled";
  EXPECT_NE(script.find("FIRST_EPOCH = 2"), std::string::npos);
  EXPECT_NE(script.find("EPOCHS = 7"), std::string::npos);
  EXPECT_NE(script.find("OPTIMIZER_STEPS = " + std::to_string(t.optimizer().t())), std::string::npos);
  EXPECT_NE(script.find("torch.optim.Adam("), std::string::npos);
}

TEST(ExportTorch, AnEpochLeftHalfDoneIsRefusedByName) {
  nn::Trainer t = trainer_for(R"({"training":{"batchSize":10}})");
  t.prepare_batch();
  try {
    nn::export_torch(t, 1);
    FAIL() << "exported a half-done epoch";
  } catch (const nn::ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("middle of an epoch"), std::string::npos) << e.what();
  }
  t.apply_batch();  // still mid-epoch: 10 of 250 training points done
  EXPECT_THROW(nn::export_torch(t, 1), nn::ExportError);
  t.train_epochs(1);  // finishes that epoch
  EXPECT_NO_THROW(nn::export_torch(t, 1));
}

TEST(ExportTorch, AStoppedRunIsRefused) {
  nn::Trainer t = trainer_for(R"({"optimizer":{"kind":"sgd","learningRate":10},"model":{"hidden":[8,8],"activation":"relu"},"data":{"generator":"plane"}})");
  for (int i = 0; i < 200 && t.status() == nn::Status::Ok; ++i) t.train_epochs(1);
  ASSERT_EQ(t.status(), nn::Status::Diverged);
  EXPECT_THROW(nn::export_torch(t, 1), nn::ExportError);
}

}  // namespace
