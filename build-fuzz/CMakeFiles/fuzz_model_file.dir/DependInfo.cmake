
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt/robust/tests/fuzz/fuzz_model_file.cpp" "CMakeFiles/fuzz_model_file.dir/tests/fuzz/fuzz_model_file.cpp.o" "gcc" "CMakeFiles/fuzz_model_file.dir/tests/fuzz/fuzz_model_file.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/wt/robust/build-fuzz/CMakeFiles/descent_core.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
