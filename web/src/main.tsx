import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>桥 Qiao</h1>);
