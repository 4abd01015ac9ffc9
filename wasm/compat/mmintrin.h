// Emscripten ships no MMX header; clang's x86 headers include it. Eigen needs only SSE.
#pragma once
#include <xmmintrin.h>
