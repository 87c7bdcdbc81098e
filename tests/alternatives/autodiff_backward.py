"""Valid `backward` functions for `autodiff_backward`, seen through the notebook's driver
value_and_grad (and one given as `backward` itself)."""
from tests.mutants.autodiff_forward import Value, drivers


def recursive_topological_order(output):
    """A recursive depth-first search with a set of visited nodes (the nodes themselves)."""
    order, visited = [], set()

    def visit(node):
        if node in visited:
            return
        visited.add(node)
        for parent in node.parents:
            visit(parent)
        order.append(node)

    visit(output)
    output.grad = 1.0
    for node in order[::-1]:
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad


def kahn_pending_children(output):
    """No topological sort: count each node's children, pass a gradient on once all have reported."""
    children, stack, seen = {}, [output], {id(output)}
    while stack:
        node = stack.pop()
        for parent in node.parents:
            children[id(parent)] = children.get(id(parent), 0) + 1
            if id(parent) not in seen:
                seen.add(id(parent))
                stack.append(parent)
    output.grad = 1.0
    ready = [output]
    while ready:
        node = ready.pop()
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad
            children[id(parent)] -= 1
            if children[id(parent)] == 0:
                ready.append(parent)


def _driver(backward_function):
    function = drivers(Value, backward_function)[1]
    function.__name__ = backward_function.__name__
    return function


ALTERNATIVES = [("value_and_grad", _driver(recursive_topological_order)),
                ("value_and_grad", _driver(kahn_pending_children))]
