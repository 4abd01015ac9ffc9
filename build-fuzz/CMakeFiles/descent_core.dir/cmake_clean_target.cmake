file(REMOVE_RECURSE
  "libdescent_core.a"
)
