# First Look in a container: the one-step path where MXNet 1.9.1 has no wheel (Windows, Apple Silicon).
#   docker build --platform linux/amd64 -t first-look .
#   docker run --platform linux/amd64 --rm -p 8501:8501 first-look      # then open http://localhost:8501
# linux/amd64 always: MXNet 1.9.1's aarch64 wheel installs but cannot be imported (it expects Arm Performance
# Libraries installed by hand), so on Apple Silicon the image runs emulated, as amd64.
# tests/test_platform.py reads this file: the Python below, the requirements, the command and the health check.
FROM --platform=linux/amd64 python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# MXNet's libmxnet.so links libgomp (OpenMP); its bundled libgfortran needs libquadmath: neither is in slim.
# The same two are packages.txt, for Streamlit Community Cloud.
COPY packages.txt /tmp/packages.txt
RUN apt-get update \
    && xargs -a /tmp/packages.txt apt-get install -y --no-install-recommends \
    && rm -rf /var/lib/apt/lists/* /tmp/packages.txt

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
RUN useradd --create-home --uid 1000 student
USER student

EXPOSE 8501
# slim has no curl: Python asks Streamlit's own health endpoint, which answers "ok".
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).read() != b'ok')"]
CMD ["streamlit", "run", "app.py", "--server.address", "0.0.0.0", "--server.port", "8501", "--server.headless", "true"]
