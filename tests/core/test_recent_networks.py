"""The networks kept in memory between runs: the most recent ones by key, read-only since every run shares them."""

import os

import numpy as np
import pytest

from foodaccess.core.walk.network import LocalProjection, RecentNetworks, build_network, file_state_digest


def square_network(size):
    line = np.array([[0.0, 0.0], [size, 0.0], [size, size], [0.0, size]])
    return build_network([line], LocalProjection(0.0, 45.0))


def test_the_least_recently_used_network_is_forgotten_beyond_the_size():
    recent = RecentNetworks(size=2)
    first, second, third = square_network(10), square_network(20), square_network(30)
    recent.keep("a", first)
    recent.keep("b", second)
    assert recent.get("a") is first  # now the most recent
    recent.keep("c", third)
    assert recent.get("b") is None
    assert recent.kept() == [first, third]
    recent.clear()
    assert recent.kept() == [] and recent.get("a") is None


def test_a_kept_network_cannot_be_changed_by_a_run():
    network = square_network(10)
    RecentNetworks().keep("a", network)
    with pytest.raises(ValueError, match="read-only"):
        network.edge_length[0] = 0.0
    with pytest.raises(ValueError, match="read-only"):
        network.node_xy += 1.0


def test_a_file_state_key_changes_when_the_file_is_rewritten(tmp_path):
    path = tmp_path / "streets.gpkg"
    path.write_bytes(b"one")
    key = file_state_digest([str(path), str(path) + "-wal"], "layer")
    assert file_state_digest([str(path), str(path) + "-wal"], "layer") == key
    assert file_state_digest([str(path)], "other layer") != key
    path.write_bytes(b"three")  # another size
    assert file_state_digest([str(path)], "layer") != key
    resized = file_state_digest([str(path)], "layer")
    state = path.stat()
    os.utime(path, ns=(state.st_atime_ns, state.st_mtime_ns + 1_000_000))  # same size, saved again
    assert file_state_digest([str(path)], "layer") != resized
    (tmp_path / "streets.gpkg-wal").write_bytes(b"pending")  # a write-ahead log appears
    assert file_state_digest([str(path), str(path) + "-wal"], "layer") != file_state_digest([str(path)], "layer")
