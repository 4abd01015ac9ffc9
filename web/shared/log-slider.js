// A slider over a logarithmic range (a catalog field with scale 'log'): `steps` positions from
// the field's sliderMin to its sliderMax, each a constant factor apart. Values read from it
// have `digits` significant digits, so links stay short.

export function logSlider(field, steps, digits = 3) {
  const lo = field.sliderMin, hi = field.sliderMax;
  return {
    toSlider: (v) => Math.round((Math.log(v / lo) / Math.log(hi / lo)) * steps),
    fromSlider: (s) => Number((lo * (hi / lo) ** (Number(s) / steps)).toPrecision(digits)),
  };
}
