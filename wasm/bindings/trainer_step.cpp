// TrainerHandle's step-by-step half: the forward and the backward click of one mini-batch
// and the values the playground shows on its diagram, read from the core's caches
// (nn/step_values.h). Kept apart from trainer_handle.cpp so that file stays about training.
#include "guarded.h"
#include "nn/step_values.h"
#include "trainer_handle.h"

using emscripten::val;

namespace bindings {

val TrainerHandle::forwardBatch() {
  return guarded([&] {
    m_trainer->forward_batch();
    const auto& idx = m_trainer->prepared_batch();
    m_batch.assign(idx.begin(), idx.end());
    return view(m_batch.data(), m_batch.size());
  });
}

void TrainerHandle::backwardBatch() {
  guarded([&] {
    m_trainer->backward_batch();
    return 0;
  });
}

val TrainerHandle::neuronValues(int block, int example) {
  return guarded([&] {
    nn::neuron_values(*m_trainer, block, example, m_values);
    return view(m_values);
  });
}

val TrainerHandle::batchNormValues(int block, int example) {
  return guarded([&] {
    nn::batch_norm_values(*m_trainer, block, example, m_bn_values);
    return view(m_bn_values);
  });
}

val TrainerHandle::weightState(int block, int to, int from) {
  return guarded([&] {
    const nn::Index i = nn::weight_index(m_trainer->network(), block, to, from);
    val state = val::object();
    for (const auto& v : nn::optimizer_state_at(m_trainer->optimizer(), std::size_t(i))) state.set(v.name, v.value);
    val out = val::object();
    out.set("t", double(m_trainer->optimizer().t()));
    out.set("state", state);
    return out;
  });
}

}  // namespace bindings
