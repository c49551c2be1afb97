/**
 * Variables that make common ML frameworks deterministic, each with what honours it. Exported to every
 * stage command; a variable the user declares in `env` wins (their value is fingerprinted).
 */
export function determinismEnv(seed: number): Record<string, string> {
  const text = String(seed);
  return {
    MLCI_SEED: text, // for the user's own code: random.seed(int(os.environ["MLCI_SEED"]))
    PYTHONHASHSEED: text, // CPython: fixes str/bytes hash randomisation (set iteration order)
    PL_GLOBAL_SEED: text, // PyTorch Lightning: seed_everything() reads it when called without a seed
    PL_SEED_WORKERS: '1', // PyTorch Lightning: seeds dataloader workers too
    CUBLAS_WORKSPACE_CONFIG: ':4096:8', // cuBLAS >= 10.2: required by torch.use_deterministic_algorithms(True)
    TF_DETERMINISTIC_OPS: '1', // TensorFlow: deterministic GPU kernels (pre-2.9 spelling, still read)
    TF_CUDNN_DETERMINISTIC: '1', // TensorFlow: deterministic cuDNN convolution algorithms
    TF_ENABLE_ONEDNN_OPTS: '0', // TensorFlow: oneDNN kernels reorder float sums between runs and CPUs
    XLA_FLAGS: '--xla_gpu_deterministic_ops=true', // JAX/XLA on GPU: deterministic reductions and scatters
    PYTHONDONTWRITEBYTECODE: '1', // no __pycache__ written next to deps (it would change directory hashes)
  };
}
