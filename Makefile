# Two commands for a fresh Debian 12 machine, run as root: `make run` and `make test`.
# Both install what is missing and skip what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

APT_PACKAGES := python3-venv libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev \
	libsoup-3.0-dev libxdo-dev xvfb webkit2gtk-driver xauth \
	poppler-utils fonts-nanum libcurl4-openssl-dev git
TAURI_DRIVER_VERSION := 2.1.0
TAURI_DRIVER := $(HOME)/.cargo/bin/tauri-driver
XVFB := xvfb-run -a -s '-screen 0 1920x1080x24'

# In `make test`, Clippy lints the workspace's own crates while cargo builds them (clippy-driver
# is rustc plus the lints), so lint, app, tests and package share one build of every dependency
# instead of a second, check-only one. Cargo keys the workspace's artifacts by these variables:
# `make app` or `cargo build` outside the tests build the workspace's crates apart (not the
# dependencies), and a lint never stops `make run`.
test: export RUSTC_WORKSPACE_WRAPPER := clippy-driver
test: export CLIPPY_ARGS := -D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
# A fresh clone builds the workspace's crates once: incremental compilation would only add the
# writing of its caches to that build.
test: export CARGO_INCREMENTAL := 0

.PHONY: run test test-in-order setup apt npm tauri-driver ui app lint test-build test-rust test-ui test-e2e \
	bindings-fresh venv \
	package package-debug test-package

run: setup app
	@if [ -z "$${DISPLAY:-}" ]; then echo "No DISPLAY: starting Steppe under Xvfb"; $(XVFB) target/debug/steppe-app; \
	else target/debug/steppe-app; fi

# The Vitest run (Node) overlaps the builds; once the app is built, the e2e specs run beside the
# Rust tests' build and then the Rust tests. One build serves all.
test: setup venv
	$(MAKE) --no-print-directory -j2 --output-sync=target test-ui test-in-order
	@echo "all tests passed"

# Each step is up to date when the next make starts, so its prerequisites cost only cargo's check.
# The e2e specs start as soon as the app is built: they wait on the window much of the time,
# while the tests' own build (test-build, a prerequisite of test-rust) compiles beside them.
test-in-order:
	$(MAKE) --no-print-directory -j1 lint app
	$(MAKE) --no-print-directory -j2 --output-sync=target test-e2e test-rust
	$(MAKE) --no-print-directory -j1 bindings-fresh test-package

setup: apt npm tauri-driver

# The real Anki library, for the test that imports Steppe's .apkg export (tests/anki). The venv is
# kept in ~/.cache between runs (it is the same for every clone); `.venv` links to it.
PYTHON_VENV := .venv
ANKI_VERSION := 26.9.3
ANKI_VENV_CACHE := $(HOME)/.cache/steppe/anki-$(ANKI_VERSION)
venv: $(PYTHON_VENV)/.installed
$(PYTHON_VENV)/.installed:
	@if ! $(ANKI_VENV_CACHE)/bin/python -c 'import anki' 2>/dev/null; then \
	  rm -rf $(ANKI_VENV_CACHE); python3 -m venv $(ANKI_VENV_CACHE); \
	  $(ANKI_VENV_CACHE)/bin/pip install -q anki==$(ANKI_VERSION); fi
	[ -L $(PYTHON_VENV) ] || rm -rf $(PYTHON_VENV)
	ln -sfn $(ANKI_VENV_CACHE) $(PYTHON_VENV)
	touch $@

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

npm: ui/node_modules/.installed tests/e2e/node_modules/.installed

%/node_modules/.installed: %/package-lock.json
	cd $* && npm ci --no-audit --no-fund --prefer-offline
	touch $@

tauri-driver:
	@[ -x $(TAURI_DRIVER) ] && $(TAURI_DRIVER) --help >/dev/null 2>&1 || \
	  cargo install tauri-driver --locked --version $(TAURI_DRIVER_VERSION)

# The app embeds ui/dist, so the UI is built first, and again only when its sources change
# (a rebuilt dist makes cargo rebuild the app that embeds it). The generated bindings are types
# only, and `cargo test` rewrites them: they and the unit tests leave the bundle as it is.
UI_SOURCES := $(shell find ui/src locales ui/index.html ui/vite.config.ts ui/svelte.config.js \
	ui/tsconfig.json ui/tsconfig.app.json ui/tsconfig.node.json ui/package-lock.json -type f \
	-not -path 'ui/src/lib/bindings/*' -not -name '*.test.ts')
ui: ui/dist/index.html
ui/dist/index.html: $(UI_SOURCES) ui/node_modules/.installed
	cd ui && npm run build
	touch $@

# The app studies the built-in deck that content/ holds: a broken one stops `make app` (and so
# `make run`) here, with every problem at its file:line:col. (A check in the app's build script
# would compile the core a second time, for the build host.)
app: ui
	cargo build
	target/debug/steppe check --no-lint content

# Clippy's lints run in `test-build` (see RUSTC_WORKSPACE_WRAPPER above).
lint:
	cargo fmt --all --check
	cd ui && npm run check

# Every target of the workspace (library, binaries, tests, benches, examples), built and linted.
test-build: app
	cargo test --workspace --all-targets --no-run

test-ui:
	cd ui && npx vitest run

test-rust: test-build
	cargo test

# ts-rs rewrites ui/src/lib/bindings during `cargo test`; committed bindings must match.
bindings-fresh:
	@if [ -n "$$(git status --porcelain -- ui/src/lib/bindings)" ]; then \
	  git status --porcelain -- ui/src/lib/bindings; \
	  echo "ui/src/lib/bindings is stale: commit the regenerated files"; exit 1; fi

test-e2e: app
	cd tests/e2e && env -u WEBKIT_DISABLE_COMPOSITING_MODE $(XVFB) npm test

# The README's pictures of the app (docs/images/): tests/e2e/specs/readme.test.mjs takes them in
# the real window at 1100x760, then ImageMagick reduces them to 128 colours (tens of KB each).
.PHONY: docs-images
docs-images: app
	@command -v convert >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq imagemagick; }
	cd tests/e2e && env -u WEBKIT_DISABLE_COMPOSITING_MODE $(XVFB) node --test specs/readme.test.mjs
	mkdir -p docs/images
	for name in review reading; do \
	  convert target/e2e/readme-$$name.png -strip +dither -colors 128 -define png:compression-level=9 \
	    PNG8:docs/images/$$name.png; \
	done

# Benchmarks, not part of `make test` (slow and noisy): whole-process measurements, Steppe
# beside Anki on the same collection, then the criterion benches. See docs/PERFORMANCE.md.
.PHONY: bench
bench: setup venv
	bench/run.sh
	$(PYTHON_VENV)/bin/python bench/compare_anki.py
	cargo bench -p steppe

# A .deb built offline by the Tauri bundler (npm @tauri-apps/cli, a devDependency of ui/).
# bundle.active stays false in tauri.conf.json so that a plain `cargo build` never bundles.
# `make package` builds the release .deb to ship. `make test` installs a .deb bundled from the
# debug build the other tests already made (same code and features, no second compile of every
# crate with optimisations); the install, launch and window checks are the same.
BUNDLE_CONFIG := '{"bundle":{"active":true}}'
PACKAGE_TEST_APT := x11-utils imagemagick

package: setup ui
	rm -f target/release/bundle/deb/*.deb
	cargo build --release -p steppe --bin steppe
	target/release/steppe check --no-lint content
	ui/node_modules/.bin/tauri build --bundles deb --config $(BUNDLE_CONFIG)
	@ls -l target/release/bundle/deb/*.deb

package-debug: app
	rm -f target/debug/bundle/deb/*.deb
	ui/node_modules/.bin/tauri build --debug --bundles deb --config $(BUNDLE_CONFIG)
	@ls -l target/debug/bundle/deb/*.deb

# Installs the .deb with dpkg, launches the installed app under Xvfb, sees its window, removes it.
test-package: package-debug
	@missing=$$(for p in $(PACKAGE_TEST_APT); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi
	deb=$$(ls target/debug/bundle/deb/*.deb); \
	dpkg -i $$deb || (DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq && dpkg -i $$deb)
	status=0; tests/package/launch-installed.sh /usr/bin/steppe-app target/package || status=$$?; \
	dpkg -r steppe; exit $$status
