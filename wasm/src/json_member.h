// An object's member (nn/json.h keeps the type private; the value and writer files share it).
#pragma once
#include <string>

#include "nn/json.h"

namespace nn {

struct Json::Member {
  std::string key;
  Json value;
};

}  // namespace nn
