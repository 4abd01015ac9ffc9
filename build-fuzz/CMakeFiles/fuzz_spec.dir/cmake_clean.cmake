file(REMOVE_RECURSE
  "CMakeFiles/fuzz_spec.dir/tests/fuzz/fuzz_spec.cpp.o"
  "CMakeFiles/fuzz_spec.dir/tests/fuzz/fuzz_spec.cpp.o.d"
  "fuzz_spec"
  "fuzz_spec.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/fuzz_spec.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
