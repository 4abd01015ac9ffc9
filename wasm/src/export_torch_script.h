// The Python script "Export as PyTorch" writes (see export_torch.cpp): a template whose @@NAME@@
// fields are filled in with the experiment. It is kept as one raw string so it reads as Python.
#pragma once
namespace nn::detail {
inline constexpr const char* kTorchScriptTemplate = R"PYTHON(#!/usr/bin/env python3
# @@TITLE@@
#
# Exported by Descent (@@VERSION@@): the same experiment in PyTorch (1.13 or newer, CPU).
# The network, the data the network saw, the exact current weights, the loss, the
# optimizer with its state, the learning-rate schedule and the order of the mini-batches
# (and of the dropout masks) are Descent's, so the losses printed here are Descent's losses
# up to float32 rounding.
#
# Run it on one process:
#     python3 THIS_FILE.py
# or on N processes with PyTorch's distributed data parallel (gloo, CPU): every process
# takes its share of every mini-batch and the gradient all-reduce makes it the same training:
#     torchrun --nproc_per_node=N THIS_FILE.py
# (Debian 12's torchrun, torch 1.13 on Python 3.11, also needs "--redirects 1 --tee 1":
# it cannot read its own default "--redirects 0".)
#
# Conventions (docs/spec.md): squared error is ½·Σₖ(pₖ − tₖ)² averaged over the batch;
# losses are averaged over the (possibly smaller) last batch; the reported losses are
# measured after each epoch with the network in evaluation mode; L2 adds ½λ‖W‖² on the
# weights only (not biases, not batch norm); L1 is a proximal step after each update,
# w ← sign(w)·max(|w| − α·λ, 0), with the epoch's scheduled α; the schedule steps per epoch.
import base64
import json
import math
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

SPEC = json.loads(r'''@@SPEC@@''')
LAYERS = json.loads(r'''@@LAYERS@@''')   # hidden layers: width, activation, dropout; then the output
OUTPUT = '@@OUTPUT@@'                    # sigmoid | softmax | linear
LOSS = '@@LOSS@@'                        # cross_entropy | squared_error
BATCH_NORM = @@BATCH_NORM@@
FIRST_EPOCH = @@FIRST_EPOCH@@            # epochs Descent had trained before the export
EPOCHS = @@EPOCHS@@
RNG_STATE = (@@RNG_STATE@@, @@RNG_INC@@)  # Descent's PCG32: shuffles and dropout masks
OPTIMIZER_STEPS = @@OPTIMIZER_T@@        # t of the optimizer's bias corrections so far


def floats(b64, *shape):
    """Little-endian float32 values, exactly as Descent holds them."""
    raw = bytearray(base64.b64decode(b64))
    return torch.from_numpy(np.frombuffer(raw, dtype='<f4').copy()).reshape(*shape)


# The inputs the network sees (features and standardization already applied) and its targets,
# one row per example.
X_TRAIN = floats('@@X_TRAIN@@', @@N_TRAIN@@, @@INPUTS@@)
Y_TRAIN = floats('@@Y_TRAIN@@', @@N_TRAIN@@, @@OUTPUTS@@)
X_TEST = floats('@@X_TEST@@', @@N_TEST@@, @@INPUTS@@)
Y_TEST = floats('@@Y_TEST@@', @@N_TEST@@, @@OUTPUTS@@)
# Descent's flat parameter buffer: per hidden layer W (out × in, column-major), then b, or
# batch norm's γ and β; then the output layer's W and b. STATE: batch norm's running means
# and variances per hidden layer. OPTIMIZER_STATE: the optimizer's buffers, laid out like
# the parameters.
PARAMS = floats('@@PARAMS@@', -1)
STATE = floats('@@STATE@@', -1)
OPTIMIZER_STATE = {name: floats(b64, -1) for name, b64 in json.loads(r'''@@OPTIMIZER_STATE@@''').items()}


class Pcg32:
    """Descent's random number generator (wasm/include/nn/rng.h), draw for draw."""
    MULT = 6364136223846793005
    MASK = (1 << 64) - 1

    def __init__(self, state, inc):
        self.state, self.inc = state, inc

    def next_u32(self):
        old = self.state
        self.state = (old * self.MULT + self.inc) & self.MASK
        xorshifted = (((old >> 18) ^ old) >> 27) & 0xFFFFFFFF
        rot = old >> 59
        return ((xorshifted >> rot) | (xorshifted << ((32 - rot) & 31))) & 0xFFFFFFFF

    def below(self, n):
        threshold = ((1 << 32) - n) % n
        while True:
            r = self.next_u32()
            if r >= threshold:
                return r % n

    def shuffled(self, n):
        """Fisher–Yates, as Rng::shuffle."""
        order = list(range(n))
        for k in range(n, 1, -1):
            j = self.below(k)
            order[k - 1], order[j] = order[j], order[k - 1]
        return order

    def uniforms(self, count):
        """`count` draws of Rng::uniform() at once: the LCG jumped ahead with numpy (uint64
        arithmetic wraps modulo 2⁶⁴ exactly as the generator does)."""
        steps = 2 * count
        if steps == 0:
            return np.zeros(0)
        with np.errstate(over='ignore'):
            mult = np.full(steps, self.MULT, dtype=np.uint64)
            a_pow = np.cumprod(mult)                                   # a¹ … aᵏ
            a_prev = np.concatenate(([np.uint64(1)], a_pow[:-1]))      # a⁰ … aᵏ⁻¹
            c_sum = np.cumsum(a_prev) * np.uint64(self.inc)            # c·(1 + a + … + aᵏ⁻¹)
            states = a_prev * np.uint64(self.state) + np.concatenate(([np.uint64(0)], c_sum[:-1]))
            self.state = int(a_pow[-1] * np.uint64(self.state) + c_sum[-1])
            xorshifted = (((states >> np.uint64(18)) ^ states) >> np.uint64(27)) & np.uint64(0xFFFFFFFF)
            rot = states >> np.uint64(59)
            out = ((xorshifted >> rot) | (xorshifted << ((np.uint64(32) - rot) & np.uint64(31)))) & np.uint64(0xFFFFFFFF)
        hi = (out[0::2] >> np.uint64(5)).astype(np.float64)
        lo = (out[1::2] >> np.uint64(6)).astype(np.float64)
        return (hi * 67108864.0 + lo) / 9007199254740992.0


class DescentDropout(nn.Module):
    """Inverted dropout whose masks are Descent's: drawn from its generator, unit by unit for
    each example of the whole mini-batch (so every process draws the same masks and keeps the
    rows of its share)."""

    def __init__(self, rate, rng):
        super().__init__()
        self.rate, self.rng, self.rows = rate, rng, None

    def forward(self, x):
        if not self.training:
            return x
        units = x.shape[1]
        u = self.rng.uniforms(units * self.full_batch)
        mask = torch.from_numpy((u >= self.rate).astype(np.float32)).reshape(self.full_batch, units)
        return x * mask[self.rows] * float(np.float32(1.0 / (1.0 - self.rate)))


ACTIVATIONS = {
    'relu': nn.ReLU, 'tanh': nn.Tanh, 'sigmoid': nn.Sigmoid, 'linear': nn.Identity,
    'leaky_relu': lambda: nn.LeakyReLU(0.01), 'elu': lambda: nn.ELU(1.0),
}


def build_model(rng):
    layers, width = [], X_TRAIN.shape[1]
    for layer in LAYERS[:-1]:
        layers.append(nn.Linear(width, layer['width'], bias=not BATCH_NORM))
        if BATCH_NORM:
            layers.append(nn.BatchNorm1d(layer['width'], eps=1e-5, momentum=0.1))
        layers.append(ACTIVATIONS[layer['activation']]())
        if layer['dropout'] > 0:
            layers.append(DescentDropout(layer['dropout'], rng))
        width = layer['width']
    layers.append(nn.Linear(width, LAYERS[-1]['width']))
    return nn.Sequential(*layers)


def descent_layout(model):
    """(tensor, transposed) in the order of Descent's flat buffer."""
    out = []
    for module in model:
        if isinstance(module, nn.Linear):
            out.append((module.weight, True))
            if module.bias is not None:
                out.append((module.bias, False))
        elif isinstance(module, nn.BatchNorm1d):
            out += [(module.weight, False), (module.bias, False)]
    return out


def unflatten(flat, layout):
    """Slices Descent's flat buffer into tensors shaped like the model's parameters."""
    tensors, offset = [], 0
    for tensor, transposed in layout:
        n = tensor.numel()
        piece = flat[offset:offset + n]
        tensors.append(piece.reshape(tensor.shape[1], tensor.shape[0]).t().contiguous() if transposed
                       else piece.reshape(tensor.shape).clone())
        offset += n
    assert offset == flat.numel(), 'the flat buffer does not fit the network'
    return tensors


def load_descent_state(model, optimizer):
    layout = descent_layout(model)
    with torch.no_grad():
        for (tensor, _), value in zip(layout, unflatten(PARAMS, layout)):
            tensor.copy_(value)
        offset = 0
        for module in model:
            if isinstance(module, nn.BatchNorm1d):
                n = module.num_features
                module.running_mean.copy_(STATE[offset:offset + n])
                module.running_var.copy_(STATE[offset + n:offset + 2 * n])
                offset += 2 * n
    if OPTIMIZER_STEPS == 0:
        return
    names = {'momentum': {'v': 'momentum_buffer'}, 'nesterov': {'v': 'momentum_buffer'},
             'adagrad': {'G': 'sum'}, 'rmsprop': {'s': 'square_avg'},
             'adam': {'m': 'exp_avg', 's': 'exp_avg_sq'}, 'adamw': {'m': 'exp_avg', 's': 'exp_avg_sq'}}
    kind = SPEC['optimizer']['kind']
    per_buffer = {ours: unflatten(OPTIMIZER_STATE[ours], layout) for ours in names.get(kind, {})}
    for i, (tensor, _) in enumerate(layout):
        state = {theirs: per_buffer[ours][i] for ours, theirs in names.get(kind, {}).items()}
        if kind in ('adagrad', 'rmsprop', 'adam', 'adamw'):
            state['step'] = torch.tensor(float(OPTIMIZER_STEPS))
        optimizer.state[tensor] = state


def make_optimizer(model):
    o = SPEC['optimizer']
    lr, kind = o['learningRate'], o['kind']
    params = [t for t, _ in descent_layout(model)]
    if kind == 'sgd':
        return torch.optim.SGD(params, lr=lr)
    if kind in ('momentum', 'nesterov'):
        return torch.optim.SGD(params, lr=lr, momentum=o['momentum'], nesterov=kind == 'nesterov')
    if kind == 'adagrad':
        return torch.optim.Adagrad(params, lr=lr, eps=o['epsilon'])
    if kind == 'rmsprop':
        return torch.optim.RMSprop(params, lr=lr, alpha=o['rho'], eps=o['epsilon'])
    if kind == 'adam':
        return torch.optim.Adam(params, lr=lr, betas=(o['beta1'], o['beta2']), eps=o['epsilon'])
    if kind == 'adamw':
        return torch.optim.AdamW(params, lr=lr, betas=(o['beta1'], o['beta2']), eps=o['epsilon'],
                                 weight_decay=o['weightDecay'])
    raise ValueError('unknown optimizer ' + kind)


def scheduled_rate(epoch):
    """The learning rate of epoch `epoch` (counted from 0), as Descent's schedule.h."""
    o = SPEC['optimizer']
    base, s = o['learningRate'], o.get('schedule', {'kind': 'constant'})
    e = float(max(epoch, 0))
    if s['kind'] == 'step':
        return base * s['gamma'] ** math.floor(e / s['stepEpochs'])
    if s['kind'] == 'exponential':
        return base * s['decay'] ** e
    if s['kind'] == 'cosine':
        T, lo = float(s['periodEpochs']), s['minLearningRate']
        return lo + 0.5 * (base - lo) * (1.0 + math.cos(math.pi * min(e, T) / T))
    return base


def per_example_loss(z, y):
    """The data loss of each example (rows of z: the output layer's pre-activations)."""
    if LOSS == 'cross_entropy' and OUTPUT == 'sigmoid':
        return F.binary_cross_entropy_with_logits(z, y, reduction='none').sum(1)
    if LOSS == 'cross_entropy':
        return -(y * F.log_softmax(z, 1)).sum(1)
    p = z if OUTPUT == 'linear' else torch.sigmoid(z) if OUTPUT == 'sigmoid' else F.softmax(z, 1)
    return 0.5 * ((p - y) ** 2).sum(1)


def weights_of(model):
    return [m.weight for m in model if isinstance(m, nn.Linear)]


def evaluate(model, x, y):
    """Mean loss (in double, as Descent sums) and accuracy with the network in eval mode."""
    if x.shape[0] == 0:
        return None, None
    model.eval()
    with torch.no_grad():
        z = model(x)
        loss = per_example_loss(z.double(), y.double()).mean().item()
        if OUTPUT == 'linear':
            return loss, None
        predicted = (torch.sigmoid(z[:, 0]) > 0.5).long() if z.shape[1] == 1 else z.argmax(1)
        truth = y[:, 0].long() if y.shape[1] == 1 else y.argmax(1)
        return loss, (predicted == truth).double().mean().item()
    

def main():
    world = int(os.environ.get('WORLD_SIZE', '1'))
    rank = int(os.environ.get('RANK', '0'))
    if world > 1:
        if BATCH_NORM:
            raise SystemExit('batch norm takes its statistics over the whole mini-batch; run this script on one process')
        torch.distributed.init_process_group('gloo')
    torch.set_num_threads(1)  # the same order of float additions on every run
    rng = Pcg32(*RNG_STATE)
    model = build_model(rng)
    optimizer = make_optimizer(model)
    load_descent_state(model, optimizer)
    net = nn.parallel.DistributedDataParallel(model) if world > 1 else model
    reg, training = SPEC['regularization'], SPEC['training']
    batch, clip = training['batchSize'], training.get('clipNorm', 0)
    patience = training.get('earlyStopping', {}).get('patience', 0)
    min_delta = training.get('earlyStopping', {}).get('minDelta', 0)
    dropouts = [m for m in model if isinstance(m, DescentDropout)]
    n = X_TRAIN.shape[0]
    width = min(batch, n)
    best = (math.inf, FIRST_EPOCH, None)
    bad_epochs = 0
    for epoch in range(FIRST_EPOCH, FIRST_EPOCH + EPOCHS):
        lr = scheduled_rate(epoch)
        for group in optimizer.param_groups:
            group['lr'] = lr
        order = rng.shuffled(n)
        net.train()
        for begin in range(0, n, width):
            idx = order[begin:begin + width]
            mine = list(range(rank, len(idx), world))      # this process's share of the batch
            for d in dropouts:
                d.full_batch, d.rows = len(idx), mine
            rows = [idx[j] for j in mine]
            z = net(X_TRAIN[rows])
            # Σ over my share / batch size × processes: the all-reduce's mean is the batch mean.
            loss = per_example_loss(z, Y_TRAIN[rows]).sum() * (world / len(idx))
            if reg['kind'] == 'l2' and reg['rate'] > 0:
                loss = loss + 0.5 * reg['rate'] * sum((w ** 2).sum() for w in weights_of(model))
            optimizer.zero_grad()
            loss.backward()
            if clip > 0:  # ‖g‖₂ over every parameter at once, as Descent clips
                grads = [t.grad for t, _ in descent_layout(model)]
                norm = torch.cat([g.flatten() for g in grads]).norm().item()
                if norm > clip:
                    for g in grads:
                        g.mul_(clip / norm)
            optimizer.step()
            if reg['kind'] == 'l1' and reg['rate'] > 0:
                with torch.no_grad():
                    threshold = float(np.float32(lr * reg['rate']))
                    for w in weights_of(model):
                        w.copy_(w.sign() * (w.abs() - threshold).clamp(min=0))
        train_loss, train_acc = evaluate(model, X_TRAIN, Y_TRAIN)
        test_loss, test_acc = evaluate(model, X_TEST, Y_TEST)
        line = {'epoch': epoch + 1, 'trainLoss': train_loss, 'testLoss': test_loss,
                'trainAccuracy': train_acc, 'testAccuracy': test_acc, 'learningRate': lr}
        if not math.isfinite(train_loss):
            if rank == 0:
                print(json.dumps({'status': 'diverged', 'epoch': epoch + 1}), flush=True)
            break
        if test_loss is not None and test_loss < best[0] - min_delta:
            best, bad_epochs = (test_loss, epoch + 1, [t.detach().clone() for t in model.state_dict().values()]), 0
        elif test_loss is not None:
            bad_epochs += 1
        if patience > 0 and bad_epochs >= patience:
            line['status'] = 'early_stopped'
            with torch.no_grad():
                for t, saved in zip(model.state_dict().values(), best[2]):
                    t.copy_(saved)
        if rank == 0:
            print(json.dumps(line), flush=True)
        if 'status' in line:
            break
    if world > 1:
        torch.distributed.destroy_process_group()


if __name__ == '__main__':
    main()
)PYTHON";
}  // namespace nn::detail
