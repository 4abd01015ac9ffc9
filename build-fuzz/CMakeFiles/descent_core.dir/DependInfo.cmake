
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt/robust/wasm/src/activation.cpp" "CMakeFiles/descent_core.dir/wasm/src/activation.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/activation.cpp.o.d"
  "/work/wt/robust/wasm/src/batch_norm.cpp" "CMakeFiles/descent_core.dir/wasm/src/batch_norm.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/batch_norm.cpp.o.d"
  "/work/wt/robust/wasm/src/csv.cpp" "CMakeFiles/descent_core.dir/wasm/src/csv.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/csv.cpp.o.d"
  "/work/wt/robust/wasm/src/data_source.cpp" "CMakeFiles/descent_core.dir/wasm/src/data_source.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/data_source.cpp.o.d"
  "/work/wt/robust/wasm/src/dataset.cpp" "CMakeFiles/descent_core.dir/wasm/src/dataset.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/dataset.cpp.o.d"
  "/work/wt/robust/wasm/src/dense.cpp" "CMakeFiles/descent_core.dir/wasm/src/dense.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/dense.cpp.o.d"
  "/work/wt/robust/wasm/src/dropout.cpp" "CMakeFiles/descent_core.dir/wasm/src/dropout.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/dropout.cpp.o.d"
  "/work/wt/robust/wasm/src/features.cpp" "CMakeFiles/descent_core.dir/wasm/src/features.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/features.cpp.o.d"
  "/work/wt/robust/wasm/src/inspect.cpp" "CMakeFiles/descent_core.dir/wasm/src/inspect.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/inspect.cpp.o.d"
  "/work/wt/robust/wasm/src/loss.cpp" "CMakeFiles/descent_core.dir/wasm/src/loss.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/loss.cpp.o.d"
  "/work/wt/robust/wasm/src/model_file.cpp" "CMakeFiles/descent_core.dir/wasm/src/model_file.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/model_file.cpp.o.d"
  "/work/wt/robust/wasm/src/network.cpp" "CMakeFiles/descent_core.dir/wasm/src/network.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/network.cpp.o.d"
  "/work/wt/robust/wasm/src/optimizer.cpp" "CMakeFiles/descent_core.dir/wasm/src/optimizer.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/optimizer.cpp.o.d"
  "/work/wt/robust/wasm/src/quadratic.cpp" "CMakeFiles/descent_core.dir/wasm/src/quadratic.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/quadratic.cpp.o.d"
  "/work/wt/robust/wasm/src/race.cpp" "CMakeFiles/descent_core.dir/wasm/src/race.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/race.cpp.o.d"
  "/work/wt/robust/wasm/src/regularizer.cpp" "CMakeFiles/descent_core.dir/wasm/src/regularizer.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/regularizer.cpp.o.d"
  "/work/wt/robust/wasm/src/schedule.cpp" "CMakeFiles/descent_core.dir/wasm/src/schedule.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/schedule.cpp.o.d"
  "/work/wt/robust/wasm/src/spec.cpp" "CMakeFiles/descent_core.dir/wasm/src/spec.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/spec.cpp.o.d"
  "/work/wt/robust/wasm/src/surface.cpp" "CMakeFiles/descent_core.dir/wasm/src/surface.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/surface.cpp.o.d"
  "/work/wt/robust/wasm/src/trainer.cpp" "CMakeFiles/descent_core.dir/wasm/src/trainer.cpp.o" "gcc" "CMakeFiles/descent_core.dir/wasm/src/trainer.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
