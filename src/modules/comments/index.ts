export { CommentsModule } from './comments.module';
export { CommentsService } from './comments.service';
export { CommentDto } from './dto/comment.dto';
