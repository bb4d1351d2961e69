"""The raw arms: one call with the instruction and the editable files, edits parsed from the
answer; `raw-retry` adds up to `test_retries` calls showing the failing visible tests."""

from __future__ import annotations

import time

from agents.arms import ArmConfig, Attempt, call_model, files_block, run_guarded, visible_tests
from agents.edits import EditError, apply_edits, parse_answer
from agents.prompts import prompt
from agents.trajectory import Step, StopReason, Trajectory


class RawArm:
    def __init__(self, config: ArmConfig) -> None:
        self.config = config

    def solve(self, attempt: Attempt) -> Trajectory:
        return run_guarded(attempt.trajectory, lambda: self._solve(attempt))

    def _format(self) -> str:
        return prompt(
            "format_search_replace" if self.config.edit_format == "search-replace" else "format_whole"
        )

    def _solve(self, attempt: Attempt) -> StopReason:
        user = prompt("raw_user").format(
            instruction=attempt.task.task.instruction.strip(),
            files=files_block(attempt),
            format=self._format(),
        )
        messages = [{"role": "system", "content": prompt("system")}, {"role": "user", "content": user}]
        for turn in range(1 + self.config.test_retries):
            completion = call_model(attempt, messages, None)
            messages.append(completion.message)
            try:
                notes = apply_edits(
                    attempt.workspace, attempt.task, parse_answer(completion.content, self.config.edit_format)
                )
            except EditError as exc:
                self._note(attempt, f"answer not applied: {exc}", error=True)
                if turn == 0:
                    attempt.trajectory.error = str(exc)
                    return StopReason.PARSE_ERROR
                break  # keep what the earlier answer achieved
            for note in notes:
                self._note(attempt, note)
            if turn == self.config.test_retries or not self._retry(attempt, messages):
                break
        return StopReason.ANSWERED

    def _retry(self, attempt: Attempt, messages: list[dict]) -> bool:
        """Run the visible tests; when they fail, append the retry prompt and return True."""
        passed, output = visible_tests(attempt, lambda text: text[-self.config.output_chars :])
        if passed:
            return False
        text = prompt("retry").format(output=output, files=files_block(attempt))
        messages.append({"role": "user", "content": text})
        return True

    @staticmethod
    def _note(attempt: Attempt, note: str, error: bool = False) -> None:
        attempt.trajectory.add(Step(kind="harness", started=time.time(), seconds=0.0, note=note, error=error))
