"""The dashboard's layout files: each screen's CSS_PATH is absolute, exists and parses, every feature .tcss is
named by a screen, every rule is scoped to a screen or widget of its own feature (Textual applies
a loaded file app-wide), and only the reusable widgets of tui/shared/ keep DEFAULT_CSS."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest
from textual.app import App
from textual.css.stylesheet import Stylesheet
from textual.screen import Screen

import recovery_tui.tui

TUI = Path(recovery_tui.tui.__file__).parent
MODULES = sorted(TUI.glob("*/*.py"))


def _classes(path: Path) -> list[type]:
    name = ".".join(path.relative_to(TUI.parent.parent).with_suffix("").parts)
    module = importlib.import_module(name)
    return [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == module.__name__]


def _css_paths(screen: type[Screen[object]]) -> list[Path]:
    paths = screen.CSS_PATH if isinstance(screen.CSS_PATH, list) else [screen.CSS_PATH]
    return [Path(p).resolve() for p in paths]


SCREENS = [c for path in MODULES for c in _classes(path) if issubclass(c, Screen) and "CSS_PATH" in c.__dict__]
FEATURE_FILES = sorted(TUI.glob("*/*.tcss"))


def test_every_screen_layout_file_exists_and_parses() -> None:
    assert len(SCREENS) > 15
    for screen in SCREENS:
        paths = screen.CSS_PATH if isinstance(screen.CSS_PATH, list) else [screen.CSS_PATH]
        assert all(Path(p).is_absolute() for p in paths), f"{screen.__name__}: a subclass elsewhere would miss it"
        for path in _css_paths(screen):
            assert path.is_file(), f"{screen.__name__}: {path}"
            sheet = Stylesheet(variables=App().get_css_variables())
            sheet.read(path)
            sheet.parse()  # raises on a typo


def test_every_feature_layout_file_is_loaded_by_a_screen() -> None:
    named = {path for screen in SCREENS for path in _css_paths(screen)}
    assert set(FEATURE_FILES) <= named


@pytest.mark.parametrize("path", FEATURE_FILES, ids=lambda p: p.name)
def test_rules_start_with_a_type_of_their_own_feature(path: Path) -> None:
    own = {c.__name__ for module in path.parent.glob("*.py") for c in _classes(module)}
    css = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
    selectors = [s.strip() for head in re.findall(r"([^{}]+)\{", css) for s in head.split(",")]
    assert selectors
    for selector in selectors:
        first = re.match(r"[A-Za-z_]\w*", selector)
        assert first and first.group() in own, f"{path.name}: '{selector}' is not scoped to a type of its feature"


def test_only_shared_widgets_carry_default_css() -> None:
    carrying = {path.relative_to(TUI).as_posix() for path in MODULES if "DEFAULT_CSS" in path.read_text()}
    assert carrying and all(name.startswith("shared/") for name in carrying), carrying
