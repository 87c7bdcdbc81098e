class Value:
    """A scalar node of a computation graph: data, grad, parents and local derivatives."""

    def __init__(self, data, parents=(), local_grads=()):
        self.data = float(data)          # the value of this node
        self.grad = 0.0                  # d output / d this node, filled in by backward()
        self.parents = tuple(parents)    # the nodes this one was computed from
        self.local_grads = tuple(local_grads)  # d this node / d each parent, same order

    def __repr__(self):
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g})"

    def __add__(self, other):
        """Return the node self + other (other: a Value or a number)."""
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __radd__(self, other):
        """Return the node other + self for a number other."""
        return self + other

    def __mul__(self, other):
        """Return the node self * other (other: a Value or a number)."""
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def __rmul__(self, other):
        """Return the node other * self for a number other."""
        return self * other

    def __pow__(self, exponent):
        """Return the node self ** exponent for a number exponent; TypeError for a Value."""
        if isinstance(exponent, Value):
            raise TypeError("only numbers are supported as exponents")
        return Value(self.data ** exponent, (self,), (exponent * self.data ** (exponent - 1),))

    def exp(self):
        """Return the node exp(self)."""
        out = float(np.exp(self.data))
        return Value(out, (self,), (out,))

    def tanh(self):
        """Return the node tanh(self)."""
        t = float(np.tanh(self.data))
        return Value(t, (self,), (1.0 - t * t,))

    # given: built from the operations above
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
