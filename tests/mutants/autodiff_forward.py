"""Wrong `Value` classes for `autodiff_forward`, each seen through the notebook's driver forward_node."""
import numpy as np

from tests.mutants._autodiff import Value, drivers


class MulSwapped(Value):
    def __mul__(self, other):
        other = self._wrap(other)
        return type(self)(self.data * other.data, (self, other), (self.data, other.data))


class PowTimesValue(Value):
    def __pow__(self, n):
        return type(self)(self.data ** n, (self,), (n * self.data ** n,))


class PowNoFactor(Value):
    def __pow__(self, n):
        return type(self)(self.data ** n, (self,), (self.data ** (n - 1),))


class TanhOfInput(Value):
    def tanh(self):
        return type(self)(np.tanh(self.data), (self,), (1.0 - self.data ** 2,))


class ExpLocalOne(Value):
    def exp(self):
        return type(self)(np.exp(self.data), (self,), (1.0,))


class NoRightOperand(Value):
    """As if __radd__ and __rmul__ were never written."""
    def __radd__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return NotImplemented


class NumbersNotWrapped(Value):
    def __add__(self, other):
        return type(self)(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        return type(self)(self.data * other.data, (self, other), (other.data, self.data))


class NoLocalGrads(Value):
    def __mul__(self, other):
        other = self._wrap(other)
        return type(self)(self.data * other.data, (self, other))


class AddMutatesSelf(Value):
    """Accumulates into self instead of creating a new node."""
    def __add__(self, other):
        other = self._wrap(other)
        self.data += other.data
        return self


def _forward(cls, name):
    function = drivers(cls)[0]
    function.__name__ = name
    return function


mul_swapped = _forward(MulSwapped, "mul_swapped")
pow_times_value = _forward(PowTimesValue, "pow_times_value")
pow_no_factor = _forward(PowNoFactor, "pow_no_factor")
tanh_of_input = _forward(TanhOfInput, "tanh_of_input")
exp_local_one = _forward(ExpLocalOne, "exp_local_one")
no_right_operand = _forward(NoRightOperand, "no_right_operand")
numbers_not_wrapped = _forward(NumbersNotWrapped, "numbers_not_wrapped")
no_local_grads = _forward(NoLocalGrads, "no_local_grads")
add_mutates_self = _forward(AddMutatesSelf, "add_mutates_self")

MUTANTS = [
    ("forward_node", mul_swapped, "are swapped"),
    ("forward_node", pow_times_value, "you multiplied n by aⁿ"),
    ("forward_node", pow_no_factor, "the factor n (the exponent) is missing"),
    ("forward_node", tanh_of_input, "is the node's OUTPUT"),
    ("forward_node", exp_local_one, "not 1."),
    ("forward_node", no_right_operand, "define __radd__ and __rmul__"),
    ("forward_node", numbers_not_wrapped, "wrap it first"),
    ("forward_node", no_local_grads, "local derivatives"),
    ("forward_node", add_mutates_self, "return a NEW node"),
]
