@echo off
rem Double-click: starts the local review page (draftlint serve) and opens it in the browser.
rem Nothing leaves this computer; close this window to stop it.
title draftlint
call "%~dp0bin\draftlint.cmd" serve --open
if errorlevel 1 pause
