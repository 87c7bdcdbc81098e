"""A correct scalar autodiff engine and the notebook's two drivers, for the mutant banks of
autodiff_forward and autodiff_backward: each mutant subclasses `Value` (or swaps `backward`) to
introduce one mistake, and `drivers(...)` gives the `forward_node` / `value_and_grad` a learner
with that mistake would have."""
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
