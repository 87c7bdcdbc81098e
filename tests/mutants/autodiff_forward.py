"""Wrong `Value` classes for `autodiff_forward`, each seen through the notebook's driver forward_node.

The first part is a correct scalar engine (`Value`, `topological_order`, `backward`) and `drivers`,
which returns the notebook's `forward_node` and `value_and_grad` for a given class and backward
function. Each mutant below subclasses `Value` to introduce one mistake; the bank of
autodiff_backward imports the engine from here and swaps `backward` instead.
"""
import numpy as np


class Value:
    def __init__(self, data, parents=(), local_grads=()):
        self.data = float(data)
        self.grad = 0.0
        self.parents = tuple(parents)
        self.local_grads = tuple(local_grads)

    def _wrap(self, other):
        return other if isinstance(other, Value) else type(self)(other)

    def __add__(self, other):
        other = self._wrap(other)
        return type(self)(self.data + other.data, (self, other), (1.0, 1.0))

    def __radd__(self, other):
        return self + other

    def __mul__(self, other):
        other = self._wrap(other)
        return type(self)(self.data * other.data, (self, other), (other.data, self.data))

    def __rmul__(self, other):
        return self * other

    def __pow__(self, exponent):
        if isinstance(exponent, Value):
            raise TypeError("only numbers are supported as exponents")
        return type(self)(self.data ** exponent, (self,), (exponent * self.data ** (exponent - 1),))

    def exp(self):
        out = float(np.exp(self.data))
        return type(self)(out, (self,), (out,))

    def tanh(self):
        t = float(np.tanh(self.data))
        return type(self)(t, (self,), (1.0 - t * t,))

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __truediv__(self, other):
        return self * other ** -1.0

    def __rtruediv__(self, other):
        return self ** -1.0 * other


def topological_order(output):
    order, visited = [], set()

    def visit(node):
        if id(node) in visited:
            return
        visited.add(id(node))
        for parent in node.parents:
            visit(parent)
        order.append(node)

    visit(output)
    return order


def backward(output):
    output.grad = 1.0
    for node in reversed(topological_order(output)):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad


def drivers(value_class=Value, backward_function=backward):
    """(forward_node, value_and_grad) exactly as in the notebook, for this class and backward."""

    def graph(expression, inputs):
        nodes = {name: value_class(value) for name, value in inputs.items()}
        scope = {"__builtins__": {}, "exp": lambda v: v.exp(), "tanh": lambda v: v.tanh()}
        out = eval(expression, scope, dict(nodes))
        if not isinstance(out, value_class):
            raise TypeError(f"{expression!r} evaluated to a {type(out).__name__}, not a Value")
        return out, nodes

    def forward_node(expression, **inputs):
        out, nodes = graph(expression, inputs)
        if len(out.parents) != len(out.local_grads):
            raise ValueError(f"the output node has {len(out.parents)} parents but "
                             f"{len(out.local_grads)} local derivatives")
        local = {name: 0.0 for name in nodes}
        for parent, derivative in zip(out.parents, out.local_grads):
            for name, node in nodes.items():
                if parent is node:
                    local[name] += float(derivative)
        return float(out.data), local

    def value_and_grad(expression, **inputs):
        out, nodes = graph(expression, inputs)
        backward_function(out)
        return float(out.data), {name: float(node.grad) for name, node in nodes.items()}

    return forward_node, value_and_grad


# --- the mutants ----------------------------------------------------------------------------------


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


class PowDividesByBase(Value):
    """n·aⁿ / a: the same number, except at a = 0 where it divides by zero"""
    def __pow__(self, n):
        out = self.data ** n
        return type(self)(out, (self,), (n * out / self.data,))


class RaddRecursion(Value):
    def __radd__(self, other):
        return other + self

    def __rmul__(self, other):
        return other * self


class LocalsAsNodes(Value):
    """stores the other operand's node, not its number, as the local derivative"""
    def __mul__(self, other):
        other = self._wrap(other)
        return type(self)(self.data * other.data, (self, other), (other, self))


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

pow_divides_by_base = _forward(PowDividesByBase, "pow_divides_by_base")
radd_recursion = _forward(RaddRecursion, "radd_recursion")
locals_as_nodes = _forward(LocalsAsNodes, "locals_as_nodes")


class AddChangesOperand(Value):
    """Returns a new node, but first overwrites self.data with the sum."""

    def __add__(self, other):
        other = self._wrap(other)
        self.data = self.data + other.data
        return type(self)(self.data, (self, other), (1.0, 1.0))


add_changes_operand = _forward(AddChangesOperand, "add_changes_operand")


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
    ("forward_node", pow_divides_by_base, "which divides by zero"),
    ("forward_node", radd_recursion, "recursed forever"),
    ("forward_node", locals_as_nodes, "NUMBERS (floats), not Value nodes"),
    ("forward_node", add_changes_operand, "leave x.data and y.data as they were"),
]
