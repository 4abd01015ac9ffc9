file(REMOVE_RECURSE
  "CMakeFiles/fuzz_csv.dir/tests/fuzz/fuzz_csv.cpp.o"
  "CMakeFiles/fuzz_csv.dir/tests/fuzz/fuzz_csv.cpp.o.d"
  "fuzz_csv"
  "fuzz_csv.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/fuzz_csv.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
