// The application shell. Pages arrive with the playground app issue.
export function App() {
  return (
    <main>
      <h1>IAM Playground</h1>
      <p>Simulate AWS accounts and see exactly why IAM allows or denies a request.</p>
    </main>
  );
}
