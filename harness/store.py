"""The results store: one row per run (with provenance) and one per finished attempt.

SQLite by default (WAL, each attempt committed the moment it ends), any SQLAlchemy URL
otherwise (PostgreSQL for teams). An attempt is keyed by content — model (with its settings),
arm config hash, task hash and sample index — so re-running a run id skips what is finished
and a changed config or task is a new key, never a silent reuse.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, Field

from harness.errors import NotFoundError, UserError
from harness.scoring.record import Score

META = sa.MetaData()
RUNS = sa.Table(
    "runs",
    META,
    sa.Column("run_id", sa.String(64), primary_key=True),
    sa.Column("created", sa.Float, nullable=False),
    sa.Column("simulated", sa.Boolean, nullable=False),
    sa.Column("config", sa.Text, nullable=False),
    sa.Column("provenance", sa.Text, nullable=False),
)
ATTEMPTS = sa.Table(
    "attempts",
    META,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.String(64), sa.ForeignKey("runs.run_id"), nullable=False, index=True),
    sa.Column("key", sa.String(64), nullable=False),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("created", sa.Float, nullable=False),
    sa.UniqueConstraint("run_id", "key", name="one_attempt_per_key"),
)


class AttemptRecord(BaseModel):
    """One finished attempt: everything the report, `show` and `rescore` need."""

    id: int | None = None
    run_id: str
    key: str
    model: str
    arm: str
    arm_hash: str
    task: str
    task_hash: str
    language: str
    scope: str
    kind: str
    difficulty: str
    sample: int
    simulated: bool
    outcome: str = Field(description="success, flagged, infra or the first failed level L0-L4.")
    success: bool
    infra: bool
    score: Score | None = None
    stop_reason: str | None = None
    error: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = None
    model_calls: int = 0
    retries: int = 0
    steps: int = 0
    tool_calls: dict[str, int] = Field(default_factory=dict)
    wall_seconds: float = 0.0
    diff: str = ""
    trajectory_path: str | None = None


class RunRecord(BaseModel):
    run_id: str
    created: float
    simulated: bool
    config: dict[str, Any]
    provenance: dict[str, Any]


def default_url(folder: Path = Path("runs")) -> str:
    return f"sqlite:///{(folder / 'liftbench.sqlite').resolve()}"


class Store:
    """Thread-safe access to runs and attempts."""

    def __init__(self, url: str, lock_timeout: float = 30.0) -> None:
        self.url = url
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            self.engine = sa.create_engine(url, connect_args=_connect_args(url, lock_timeout))
            if url.startswith("sqlite"):
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            META.create_all(self.engine)
        except (OSError, sa.exc.SQLAlchemyError) as exc:
            raise StoreError(f"cannot open the results store {url}: {_cause(exc)}. {STORE_HINT}") from exc
        self._lock = threading.Lock()

    def artifacts(self, run_id: str) -> Path:
        """Folder for a run's trajectories: beside a SQLite file, else under ./runs."""
        base = (
            Path(self.url.removeprefix("sqlite:///")).parent
            if self.url.startswith("sqlite:///")
            else Path("runs")
        )
        return base / run_id

    def start_run(self, run: RunRecord) -> None:
        """Create the run, or keep the existing one (resuming)."""
        with self._lock, self.engine.begin() as conn:
            exists = conn.execute(sa.select(RUNS.c.run_id).where(RUNS.c.run_id == run.run_id)).first()
            if not exists:
                conn.execute(
                    RUNS.insert().values(
                        run_id=run.run_id,
                        created=run.created,
                        simulated=run.simulated,
                        config=json.dumps(run.config, default=str),
                        provenance=json.dumps(run.provenance, default=str),
                    )
                )

    def finished_keys(self, run_id: str) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(sa.select(ATTEMPTS.c.key).where(ATTEMPTS.c.run_id == run_id)).scalars())

    def save(self, record: AttemptRecord) -> int:
        """Commit one finished attempt now, retrying while the database is locked; if it still
        cannot be written, the record goes to `<artifacts>/unsaved.jsonl` and StoreError is raised,
        so a finished attempt is never lost."""
        for delay in (0.2, 1.0, 3.0, None):
            try:
                return self._insert(record)
            except sa.exc.OperationalError as exc:
                if delay is None or "locked" not in str(exc):
                    return self._spill(record, exc)
                time.sleep(delay)
            except sa.exc.SQLAlchemyError as exc:
                return self._spill(record, exc)
        raise AssertionError("unreachable")

    def _spill(self, record: AttemptRecord, exc: BaseException) -> int:
        spill = self.artifacts(record.run_id) / "unsaved.jsonl"
        spill.parent.mkdir(parents=True, exist_ok=True)
        with spill.open("a", encoding="utf-8") as handle:
            handle.write(record.model_dump_json(exclude={"id"}) + "\n")
        raise StoreError(
            f"could not store attempt {record.key} in {self.url} ({_cause(exc)}); "
            f"it was written to {spill} instead. {STORE_HINT}"
        ) from exc

    def _insert(self, record: AttemptRecord) -> int:
        """Commit one finished attempt now. A duplicate key is ignored (never two rows)."""
        payload = record.model_dump_json(exclude={"id"})
        with self._lock, self.engine.begin() as conn:
            found = conn.execute(
                sa.select(ATTEMPTS.c.id).where(
                    ATTEMPTS.c.run_id == record.run_id, ATTEMPTS.c.key == record.key
                )
            ).first()
            if found:
                return int(found[0])
            result = conn.execute(
                ATTEMPTS.insert().values(
                    run_id=record.run_id, key=record.key, record=payload, created=time.time()
                )
            )
            key = result.inserted_primary_key
            assert key is not None  # an insert into a table with an integer primary key
            return int(key[0])

    def update_score(self, attempt_id: int, record: AttemptRecord) -> None:
        with self._lock, self.engine.begin() as conn:
            conn.execute(
                ATTEMPTS.update()
                .where(ATTEMPTS.c.id == attempt_id)
                .values(record=record.model_dump_json(exclude={"id"}))
            )

    def attempts(self, run_id: str) -> list[AttemptRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(ATTEMPTS.c.id, ATTEMPTS.c.record)
                .where(ATTEMPTS.c.run_id == run_id)
                .order_by(ATTEMPTS.c.id)
            ).all()
        return [AttemptRecord.model_validate_json(rec).model_copy(update={"id": i}) for i, rec in rows]

    def attempt(self, attempt_id: int) -> AttemptRecord:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(ATTEMPTS.c.record).where(ATTEMPTS.c.id == attempt_id)).first()
        if row is None:
            raise NotFoundError(f"no attempt {attempt_id} in {self.url}")
        return AttemptRecord.model_validate_json(row[0]).model_copy(update={"id": attempt_id})

    def run(self, run_id: str | None = None) -> RunRecord:
        """A run by id, or the latest one."""
        query = sa.select(RUNS)
        query = query.where(RUNS.c.run_id == run_id) if run_id else query.order_by(RUNS.c.created.desc())
        with self.engine.connect() as conn:
            row = conn.execute(query.limit(1)).mappings().first()
        if row is None:
            raise NotFoundError(
                f"no run {run_id!r} in {self.url}" if run_id else f"no runs yet in {self.url}"
            )
        return RunRecord(
            run_id=row["run_id"],
            created=row["created"],
            simulated=row["simulated"],
            config=json.loads(row["config"]),
            provenance=json.loads(row["provenance"]),
        )


def _connect_args(url: str, lock_timeout: float = 30.0) -> dict[str, Any]:
    return {"check_same_thread": False, "timeout": lock_timeout} if url.startswith("sqlite") else {}


STORE_HINT = (
    "Nothing was changed in it. Fix the path or permissions, free the lock, or pass another "
    "--db (LIFTBENCH_DB)"
)


class StoreError(UserError):
    """The results store cannot be opened or written; the message names the cause and the fix."""


def _cause(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
