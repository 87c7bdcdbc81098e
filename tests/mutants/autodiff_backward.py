"""Wrong `backward` functions for `autodiff_backward`, each seen through the notebook's driver
value_and_grad."""
from collections import deque

from tests.mutants.autodiff_forward import Value, drivers, topological_order


def _driver(backward_function):
    function = drivers(Value, backward_function)[1]
    function.__name__ = backward_function.__name__
    return function


def assigns_instead_of_adding(output):
    output.grad = 1.0
    for node in reversed(topological_order(output)):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad = local * node.grad


def forgets_the_seed(output):
    for node in reversed(topological_order(output)):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad


def breadth_first(output):
    """Each node passes its gradient on when it is dequeued: possibly before it is complete."""
    output.grad = 1.0
    queue, seen = deque([output]), {id(output)}
    while queue:
        node = queue.popleft()
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad
            if id(parent) not in seen:
                seen.add(id(parent))
                queue.append(parent)


def naive_recursion(output):
    """Every path propagates separately: a shared node passes its gradient on several times."""
    def propagate(node):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad
            propagate(parent)
    output.grad = 1.0
    propagate(output)


def not_reversed(output):
    output.grad = 1.0
    for node in topological_order(output):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad


def order_without_visited_set(output):
    order = []

    def visit(node):
        for parent in node.parents:
            visit(parent)
        order.append(node)

    visit(output)
    output.grad = 1.0
    for node in reversed(order):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad


def ignores_upstream_gradient(output):
    output.grad = 1.0
    for node in reversed(topological_order(output)):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local


def visited_by_value(output):
    """the depth-first search remembers nodes by their data: equal values are merged"""
    order, seen = [], set()

    def visit(node):
        if node.data in seen:
            return
        seen.add(node.data)
        for parent in node.parents:
            visit(parent)
        order.append(node)

    visit(output)
    output.grad = 1.0
    for node in reversed(order):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad


def scipy_depth_first_order(output):
    """numbers the nodes, then asks scipy.sparse.csgraph for a depth-first order (not a
    topological one, and a banned library)"""
    import numpy as np
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import depth_first_order
    nodes, index, stack = [], {}, [output]
    while stack:
        node = stack.pop()
        if id(node) in index:
            continue
        index[id(node)] = len(nodes)
        nodes.append(node)
        stack.extend(node.parents)
    rows = [index[id(n)] for n in nodes for _ in n.parents]
    cols = [index[id(p)] for n in nodes for p in n.parents]
    graph = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(nodes), len(nodes)))
    output.grad = 1.0
    for i in depth_first_order(graph, 0, return_predecessors=False):
        node = nodes[i]
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad


MUTANTS = [
    ("value_and_grad", _driver(assigns_instead_of_adding), "instead of assigning with ="),
    ("value_and_grad", _driver(forgets_the_seed), "set output.grad = 1.0"),
    ("value_and_grad", _driver(breadth_first), "exactly once"),
    ("value_and_grad", _driver(naive_recursion), "exactly once"),
    ("value_and_grad", _driver(not_reversed), "REVERSE topological"),
    ("value_and_grad", _driver(order_without_visited_set), "exactly once"),
    ("value_and_grad", _driver(ignores_upstream_gradient), "REVERSE topological"),
    ("value_and_grad", _driver(visited_by_value), "never by their data"),
    ("backward", scipy_depth_first_order, "asks you not to use"),
]
