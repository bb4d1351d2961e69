"""Hidden-test mutation scores: how much of the reference's behaviour the hidden tests pin.

`liftbench tasks mutate` lays the reference over the task's repo, runs the language's mutation
tool against it with the hidden tests (mutmut for Python, Stryker's command runner for
JavaScript, universalmutator for C) and records the score and the surviving mutants in the
task's `task.yaml`. A task passes at 0.90 (C: 0.85), or below that when every survivor is listed
as equivalent with a reason. `tasks validate` checks the recorded result is present, passing
and still describes the task's current code and hidden tests.
"""
