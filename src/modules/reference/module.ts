import { defineModule } from '../../server/module.ts';
import { referenceRoutes } from './routes.ts';

/** GB/T 4754 industries and GB/T 2260 regions: read-only tables every record refers to. */
export const referenceModule = defineModule({
  name: 'reference',
  routes: async (app) => {
    await app.register(referenceRoutes);
  },
});
