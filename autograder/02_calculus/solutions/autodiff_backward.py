def topological_order(output):
    """Return every node output depends on (itself included), each once, parents before children."""
    order, visited = [], set()
    stack = [(output, False)]
    while stack:                      # iterative depth-first search: deep graphs are fine
        node, parents_done = stack.pop()
        if parents_done:
            order.append(node)
            continue
        if id(node) in visited:
            continue
        visited.add(id(node))
        stack.append((node, True))
        for parent in node.parents:
            if id(parent) not in visited:
                stack.append((parent, False))
    return order


def backward(output):
    """Set node.grad = d output / d node for every node of output's graph (reverse-mode autodiff)."""
    output.grad = 1.0
    for node in reversed(topological_order(output)):
        for parent, local in zip(node.parents, node.local_grads):
            parent.grad += local * node.grad
