@echo off
rem draftlint, as unpacked from draftlint-<version>.zip: needs only a Java 17 (or later) runtime.
rem No delayed expansion: a "!" in a file name given on the command line must reach draftlint intact.
setlocal EnableExtensions DisableDelayedExpansion
set "LIB=%~dp0..\lib"

set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA goto noJava

rem 'java -version' prints: openjdk version "17.0.15" ... (or "1.8.0_402" for Java 8), after any
rem "Picked up JAVA_TOOL_OPTIONS" line; read from a file, so that no quoting passes through cmd /c.
set "VERFILE=%TEMP%\draftlint-java-version-%RANDOM%.txt"
"%JAVA%" -version 2>"%VERFILE%"
set "VERSION="
for /f "usebackq tokens=3" %%V in (`findstr /i /c:" version " "%VERFILE%"`) do if not defined VERSION set "VERSION=%%~V"
del "%VERFILE%" >nul 2>&1
set "MAJOR=0"
for /f "delims=.-" %%M in ("%VERSION%") do set "MAJOR=%%M"
if %MAJOR% LSS 17 goto oldJava

rem A check is a short run: C1 only and the serial collector start fastest; serve keeps the defaults.
rem UTF-8 whatever the code page (GBK on a Chinese Windows): the rules and word lists are UTF-8.
set "OPTS=-Xss4m -Dfile.encoding=UTF-8 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
if /i not "%~1"=="serve" set "OPTS=%OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxTenuringThreshold=0 -XX:CICompilerCount=1"
"%JAVA%" %OPTS% %DRAFTLINT_JAVA_OPTS% -cp "%LIB%\*" draftlint.cli.Main %*
exit /b %ERRORLEVEL%

:noJava
chcp 65001 >nul
echo draftlint: Java was not found. Install a Java 17 (or later) runtime, e.g. Eclipse Temurin 17 JRE from https://adoptium.net/, or set JAVA_HOME. 1>&2
echo 未找到 Java：请先安装 Java 17 或更高版本（例如 https://adoptium.net/ 的 Temurin 17 JRE）。 1>&2
exit /b 2

:oldJava
chcp 65001 >nul
echo draftlint: needs Java 17 or later; "%JAVA%" is Java %VERSION%. Install a Java 17 runtime from https://adoptium.net/ or set JAVA_HOME. 1>&2
echo 需要 Java 17 或更高版本，当前为 %VERSION%。 1>&2
exit /b 2
