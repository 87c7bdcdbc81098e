"""Walk the call stack and every thread's frames for the grader's locals (qs, question, cases)."""
import threading
frames = list(sys._current_frames().values())
frame = sys._getframe()
while frame is not None:
    frames.append(frame)
    frame = frame.f_back
for frame in frames:
    while frame is not None:
        for name, value in list(frame.f_locals.items()):
            if name in ("qs", "question", "cases") or type(value).__name__ in ("Question", "Case"):
                LEAKED = True
            if isinstance(value, str) and leak(value):
                LEAKED = True
        frame = frame.f_back
