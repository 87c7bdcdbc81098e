"""Valid `Value` classes for `autodiff_forward`, seen through the notebook's driver forward_node."""
import math

import numpy as np

from tests.mutants.autodiff_forward import Value, drivers


class MathModuleValue(Value):
    """math.exp / math.tanh, tanh's local derivative as 1/cosh², exp's recomputed from the input,
    numbers wrapped with a try/except on .data."""

    def __add__(self, other):
        try:
            other.data
        except AttributeError:
            other = MathModuleValue(other)
        return MathModuleValue(self.data + other.data, parents=[self, other], local_grads=[1, 1])

    def __mul__(self, other):
        if not isinstance(other, Value):
            other = MathModuleValue(other)
        return MathModuleValue(self.data * other.data, [self, other], [other.data, self.data])

    def __radd__(self, other):
        return self.__add__(other)

    def __rmul__(self, other):
        return self.__mul__(other)

    def __pow__(self, exponent):
        if isinstance(exponent, Value):
            raise TypeError("a Value exponent is not supported")
        n = float(exponent)
        local = 0.0 if n == 0 else n * self.data ** (n - 1)
        return MathModuleValue(self.data ** n, (self,), (local,))

    def exp(self):
        return MathModuleValue(math.exp(self.data), (self,), (math.exp(self.data),))

    def tanh(self):
        return MathModuleValue(math.tanh(self.data), (self,), (1.0 / math.cosh(self.data) ** 2,))


class NumpyScalarValue(Value):
    """Local derivatives kept as np.float64, tanh's from np.tanh(a) computed again."""

    def __add__(self, other):
        other = other if isinstance(other, Value) else NumpyScalarValue(other)
        return NumpyScalarValue(self.data + other.data, (self, other), (np.float64(1), np.float64(1)))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else NumpyScalarValue(other)
        return NumpyScalarValue(self.data * other.data, (self, other),
                                (np.float64(other.data), np.float64(self.data)))

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __pow__(self, exponent):
        if isinstance(exponent, Value):
            raise TypeError("exponent must be a number")
        return NumpyScalarValue(np.power(self.data, exponent), (self,),
                                (exponent * np.power(self.data, exponent - 1),))

    def exp(self):
        e = np.exp(self.data)
        return NumpyScalarValue(e, (self,), (e,))

    def tanh(self):
        return NumpyScalarValue(np.tanh(self.data), (self,), (1 - np.tanh(self.data) ** 2,))


def _forward(cls, name):
    function = drivers(cls)[0]
    function.__name__ = name
    return function


ALTERNATIVES = [("forward_node", _forward(MathModuleValue, "math_module_value")),
                ("forward_node", _forward(NumpyScalarValue, "numpy_scalar_value"))]
