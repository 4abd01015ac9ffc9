# Empty compiler generated dependencies file for fuzz_csv.
# This may be replaced when dependencies are built.
