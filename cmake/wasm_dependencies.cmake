# Eigen 3.4.0 under Emscripten with -msse4.2 needs one patch (see ../shared/TOOLCHAIN.md item 4):
# clang reports GCC 4.2, so Eigen's SSE pmin/pmax take an x86 inline-asm path that wasm cannot
# assemble. We copy Eigen into the build tree once and make that branch GCC-only.
set(DESCENT_EIGEN_DIR ${CMAKE_BINARY_DIR}/eigen-patched)
set(_packet ${DESCENT_EIGEN_DIR}/Eigen/src/Core/arch/SSE/PacketMath.h)
if(NOT EXISTS ${_packet})
  file(COPY ${EIGEN3_INCLUDE_DIR}/Eigen DESTINATION ${DESCENT_EIGEN_DIR})
  file(READ ${_packet} _text)
  string(REPLACE "#if EIGEN_COMP_GNUC && EIGEN_COMP_GNUC < 63"
                 "#if EIGEN_COMP_GNUC_STRICT && EIGEN_COMP_GNUC < 63" _patched "${_text}")
  if(_patched STREQUAL _text)
    message(FATAL_ERROR "Eigen patch for wasm did not apply: ${_packet} changed")
  endif()
  file(WRITE ${_packet} "${_patched}")
endif()
