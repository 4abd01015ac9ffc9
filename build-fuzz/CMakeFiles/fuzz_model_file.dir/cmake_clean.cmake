file(REMOVE_RECURSE
  "CMakeFiles/fuzz_model_file.dir/tests/fuzz/fuzz_model_file.cpp.o"
  "CMakeFiles/fuzz_model_file.dir/tests/fuzz/fuzz_model_file.cpp.o.d"
  "fuzz_model_file"
  "fuzz_model_file.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/fuzz_model_file.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
